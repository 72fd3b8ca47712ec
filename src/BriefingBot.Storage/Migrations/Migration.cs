namespace BriefingBot.Storage.Migrations;

/// <summary>One schema change. Versions only grow; a shipped migration is never edited, only followed by a new one.</summary>
/// <param name="Version">Position in the schema history, starting at 1.</param>
/// <param name="Name">Short description recorded in schema_migrations.</param>
/// <param name="Sql">The statements, run inside one transaction.</param>
public sealed record Migration(int Version, string Name, string Sql);
