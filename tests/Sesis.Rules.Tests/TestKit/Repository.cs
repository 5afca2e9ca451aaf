namespace Sesis.Rules.Tests;

/// <summary>The repository the tests run from, for the tests that hold the docs to the code.</summary>
internal static class Repository
{
    /// <summary>Gets the folder that holds Sesis.Rules.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Reads a file of the repository by its path from the root, with "\n" line ends.</summary>
    public static string ReadText(params string[] path) =>
        File.ReadAllText(Path.Combine([Root, .. path])).ReplaceLineEndings("\n");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sesis.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Sesis.Rules.sln above {AppContext.BaseDirectory}.");
    }
}
