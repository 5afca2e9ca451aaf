namespace Sesis.Rules.Tests;

/// <summary>docs/lifecycle.md shows both machines' Mermaid graphs exactly as the code exports them.</summary>
public sealed class LifecycleDocsTests
{
    private static readonly string Docs = Repository.ReadText("docs", "lifecycle.md");

    [Fact]
    public void The_docs_show_the_record_lifecycle_graph_as_exported() =>
        Assert.Contains("```mermaid\n" + LifecycleGraphs.RecordLifecycleMermaid + "\n```", Docs, StringComparison.Ordinal);

    [Fact]
    public void The_docs_show_the_session_type_graph_as_exported() =>
        Assert.Contains("```mermaid\n" + LifecycleGraphs.SessionTypeMermaid + "\n```", Docs, StringComparison.Ordinal);
}
