using BriefingBot.Core.People;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.People;

/// <summary>
/// The canonical seed story (../shared/seeds/kishida-visit.txt, EVALUATION.md): every person, organisation and place it
/// names, with type and role, and the page furniture that must not become entities. Returns early (passing) when the
/// shared folder is not beside this checkout; the paraphrase tests in <see cref="EntityExtractorTests"/> still run.
/// </summary>
public sealed class SeedStoryChecklistTests
{
    private const string Title = "Britain and Japan agree defence deal as Kishida visits London";

    private static readonly string? SeedPath = RepositoryPaths.SharedSeed("kishida-visit.txt");

    public static TheoryData<string, EntityType> Expected => new()
    {
        { "Fumio Kishida", EntityType.Person },
        { "Boris Johnson", EntityType.Person },
        { "Chris Hughes", EntityType.Person },
        { "Royal Air Force", EntityType.Organization },
        { "University of Warwick", EntityType.Organization },
        { "European Union", EntityType.Organization },
        { "Group of Seven", EntityType.Organization },
        { "Japan", EntityType.Location },
        { "Britain", EntityType.Location },
        { "Russia", EntityType.Location },
        { "Ukraine", EntityType.Location },
        { "China", EntityType.Location },
        { "Taiwan", EntityType.Location },
        { "London", EntityType.Location },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Extract_SeedStory_FindsEntityWithType(string name, EntityType type)
    {
        if (Entities() is not { } entities)
        {
            return;
        }

        var entity = entities.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name));
        Assert.True(entity is not null, $"{name} not found; found: {string.Join(", ", entities.Select(e => $"{e.Name} ({e.Type})"))}");
        Assert.Equal(type, entity.Type);
    }

    [Theory]
    [InlineData("Fumio Kishida", "Prime Minister of Japan")]
    [InlineData("Boris Johnson", "Prime Minister of the United Kingdom")]
    [InlineData("Chris Hughes", "professor of international politics and Japanese studies at the University of Warwick")]
    public void Extract_SeedStory_FindsPersonRole(string name, string role)
    {
        if (Entities() is not { } entities)
        {
            return;
        }

        Assert.Equal(role, Assert.Single(entities, e => e.Name == name).Role);
    }

    [Fact]
    public void Extract_SeedStory_BritainAndUkAreOnePlace()
    {
        if (Entities() is not { } entities)
        {
            return;
        }

        var britain = Assert.Single(entities, e => e.Name == "Britain" || e.Aliases.Contains("Britain"));
        Assert.DoesNotContain(entities, e => e != britain && e.Type == EntityType.Location && (e.Name is "U.K." or "UK" or "United Kingdom"));
    }

    [Theory]
    [InlineData("Leave a Comment")]
    [InlineData("Recent Posts")]
    [InlineData("Leave")]
    [InlineData("Recent")]
    public void Extract_SeedStory_PageFurnitureIsNoEntity(string text)
    {
        if (Entities() is not { } entities)
        {
            return;
        }

        Assert.DoesNotContain(entities, e => e.Name.Contains(text, StringComparison.Ordinal) || e.Aliases.Any(a => a.Contains(text, StringComparison.Ordinal)));
    }

    private static IReadOnlyList<StoryEntity>? Entities() =>
        SeedPath is null ? null : new EntityExtractor().Extract(Title, File.ReadAllText(SeedPath));
}
