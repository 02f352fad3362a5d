namespace BackCareRoller.Storage.Tests;

public sealed class SessionDatabasePathTests
{
    [Fact]
    public void Resolve_ExplicitPath_WinsOverEnvironment()
    {
        var path = SessionDatabasePath.Resolve("/tmp/explicit.db", _ => "/tmp/from-env.db");

        Assert.Equal("/tmp/explicit.db", path);
    }

    [Fact]
    public void Resolve_NoExplicitPath_UsesBackcareDbVariable()
    {
        var path = SessionDatabasePath.Resolve(null, name => name == "BACKCARE_DB" ? "/tmp/from-env.db" : null);

        Assert.Equal("/tmp/from-env.db", path);
    }

    [Fact]
    public void Resolve_NothingGiven_UsesTheUserDataDirectory()
    {
        var path = SessionDatabasePath.Resolve(" ", _ => null);

        var dataDirectory = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        Assert.Equal(Path.Combine(dataDirectory, "BackCareRoller", "backcare.db"), path);
    }
}
