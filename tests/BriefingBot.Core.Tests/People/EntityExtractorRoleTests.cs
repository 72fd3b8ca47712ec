using BriefingBot.Core.People;

namespace BriefingBot.Core.Tests.People;

/// <summary>Role phrases next to a person, before and after the name, with and without commas (invented names).</summary>
public sealed class EntityExtractorRoleTests
{
    private readonly EntityExtractor _extractor = new();

    [Theory]
    [InlineData("Defence Minister Anna Lindqvist said the talks would resume.", "Anna Lindqvist", "Defence Minister")]
    [InlineData("Acme's chief executive Jane Roe resigned on Monday.", "Jane Roe", "Acme's chief executive")]
    [InlineData("The prime minister, Ivo Marek, said the country would help.", "Ivo Marek", "prime minister")]
    [InlineData("The club's coach, Marco Bellini, said the team was tired.", "Marco Bellini", "club's coach")]
    [InlineData("The label hired Broadway actress and choreographer Dana Pike to direct.", "Dana Pike", "Broadway actress and choreographer")]
    [InlineData("Viewers wrote to talkshow host Tom Rudd on Friday.", "Tom Rudd", "talkshow host")]
    [InlineData("The memo reached Secretary of Defense Harold Quist on Monday.", "Harold Quist", "Secretary of Defense")]
    [InlineData("It paved the way for Chancellor of the Exchequer Gordon Vale to lead.", "Gordon Vale", "Chancellor of the Exchequer")]
    public void Extract_RoleBeforeName_TakesRole(string text, string person, string role)
    {
        var entity = Assert.Single(_extractor.Extract("", text), e => e.Name == person);

        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Equal(role, entity.Role);
    }

    [Theory]
    [InlineData("Jane Roe, the chairman of Acme Holdings, said profits rose.", "Jane Roe", "chairman of Acme Holdings")]
    [InlineData("Jane Roe, who heads the central bank, said rates would stay.", "Jane Roe", "head of the central bank")]
    [InlineData("John Doe, 45, a lawyer from Leeds, was arrested.", "John Doe", "lawyer")]
    [InlineData("Larry Lund a Nashville session drummer toured with the band.", "Larry Lund", "Nashville session drummer")]
    [InlineData("He is the son of Ravi Perera the former President of Sri Lanka.", "Ravi Perera", "former President of Sri Lanka")]
    [InlineData("The council appointed Alexander Volkov as Prime Minister in May.", "Alexander Volkov", "Prime Minister")]
    [InlineData("They met where Mike Dunn who would become the lead singer worked.", "Mike Dunn", "lead singer")]
    public void Extract_RoleAfterName_TakesRole(string text, string person, string role)
    {
        var entity = Assert.Single(_extractor.Extract("", text), e => e.Name == person);

        Assert.Equal(role, entity.Role);
    }

    [Theory]
    [InlineData("He met John Smith in London last week.", "John Smith")]
    [InlineData("The board told John Smith the plan would change.", "John Smith")]
    public void Extract_NoRoleNearName_TakesNoRole(string text, string person)
    {
        var entity = Assert.Single(_extractor.Extract("", text), e => e.Name == person);

        Assert.Null(entity.Role);
    }
}
