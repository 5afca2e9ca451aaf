namespace Sesis.Rules.Tests;

/// <summary>docs/lifecycle.md shows both machines' Mermaid graphs exactly as the code exports them.</summary>
public sealed class LifecycleDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "lifecycle.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_docs_show_the_record_lifecycle_graph_as_exported() =>
        Assert.Contains("```mermaid\n" + LifecycleGraphs.RecordLifecycleMermaid + "\n```", Docs, StringComparison.Ordinal);

    [Fact]
    public void The_docs_show_the_session_type_graph_as_exported() =>
        Assert.Contains("```mermaid\n" + LifecycleGraphs.SessionTypeMermaid + "\n```", Docs, StringComparison.Ordinal);

    private static string RepositoryRoot()
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
