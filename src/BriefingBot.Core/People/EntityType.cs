namespace BriefingBot.Core.People;

public enum EntityType
{
    Person,
    Organization,
    Location,
    Misc,
}
