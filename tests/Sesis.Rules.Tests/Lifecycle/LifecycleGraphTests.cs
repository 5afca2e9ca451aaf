namespace Sesis.Rules.Tests;

/// <summary>
/// The graphs of both machines against exact text, written from docs/lifecycle.md and procedure steps 9, 15 and 16: the states, the transitions and the guards named in words.
/// docs/lifecycle.md shows the same Mermaid text.
/// </summary>
public sealed class LifecycleGraphTests
{
    private const string CertifyGuards =
        "[the record has no errors at the draft stage] [the certifier is the record's own provider] [the certification time is not before the session ended nor in the future]";

    [Fact]
    public void The_record_lifecycle_as_Mermaid() =>
        Assert.Equal(
            "stateDiagram-v2\n" +
            "\tDraft --> Draft : Edit\n" +
            $"\tDraft --> Certified : Certify {CertifyGuards}\n" +
            "\tCertified --> Draft : Edit\n" +
            "\tCertified --> Saved : Save [the certification is valid and covers the content]\n" +
            "\tSaved --> Draft : Amend\n" +
            "[*] --> Draft",
            LifecycleGraphs.RecordLifecycleMermaid);

    [Fact]
    public void The_record_lifecycle_as_DOT() =>
        Assert.Equal(
            "digraph {\n" +
            "compound=true;\n" +
            "node [shape=Mrecord]\n" +
            "rankdir=\"LR\"\n" +
            "\"Draft\" [label=\"Draft\"];\n" +
            "\"Certified\" [label=\"Certified\"];\n" +
            "\"Saved\" [label=\"Saved\"];\n" +
            "\n" +
            "\"Draft\" -> \"Draft\" [style=\"solid\", label=\"Edit\"];\n" +
            $"\"Draft\" -> \"Certified\" [style=\"solid\", label=\"Certify {CertifyGuards}\"];\n" +
            "\"Certified\" -> \"Draft\" [style=\"solid\", label=\"Edit\"];\n" +
            "\"Certified\" -> \"Saved\" [style=\"solid\", label=\"Save [the certification is valid and covers the content]\"];\n" +
            "\"Saved\" -> \"Draft\" [style=\"solid\", label=\"Amend\"];\n" +
            " init [label=\"\", shape=point];\n" +
            " init -> \"Draft\"[style = \"solid\"]\n" +
            "}",
            LifecycleGraphs.RecordLifecycleDot);

    [Fact]
    public void The_session_type_machine_as_Mermaid() =>
        Assert.Equal(
            "stateDiagram-v2\n" +
            "\tServiceProvided --> ServiceProvided : SelectServiceProvided [the record is a draft]\n" +
            "\tServiceProvided --> StudentAbsent : SelectStudentAbsent [the record is a draft] [the date is not a gray day]\n" +
            "\tServiceProvided --> ProviderAbsent : SelectProviderAbsent [the record is a draft] [the date is not a gray day]\n" +
            "\tServiceProvided --> Cancelled : SelectCancelled [the record is a draft] [the date is not a gray day]\n" +
            "\tStudentAbsent --> ServiceProvided : SelectServiceProvided [the record is a draft]\n" +
            "\tStudentAbsent --> StudentAbsent : SelectStudentAbsent [the record is a draft] [the date is not a gray day]\n" +
            "\tStudentAbsent --> ProviderAbsent : SelectProviderAbsent [the record is a draft] [the date is not a gray day]\n" +
            "\tStudentAbsent --> Cancelled : SelectCancelled [the record is a draft] [the date is not a gray day]\n" +
            "\tProviderAbsent --> ServiceProvided : SelectServiceProvided [the record is a draft]\n" +
            "\tProviderAbsent --> StudentAbsent : SelectStudentAbsent [the record is a draft] [the date is not a gray day]\n" +
            "\tProviderAbsent --> ProviderAbsent : SelectProviderAbsent [the record is a draft] [the date is not a gray day]\n" +
            "\tProviderAbsent --> Cancelled : SelectCancelled [the record is a draft] [the date is not a gray day]\n" +
            "\tCancelled --> ServiceProvided : SelectServiceProvided [the record is a draft]\n" +
            "\tCancelled --> StudentAbsent : SelectStudentAbsent [the record is a draft] [the date is not a gray day]\n" +
            "\tCancelled --> ProviderAbsent : SelectProviderAbsent [the record is a draft] [the date is not a gray day]\n" +
            "\tCancelled --> Cancelled : SelectCancelled [the record is a draft] [the date is not a gray day]\n" +
            "[*] --> ServiceProvided",
            LifecycleGraphs.SessionTypeMermaid);

    [Fact]
    public void The_session_type_machine_as_DOT() =>
        Assert.Equal(
            "digraph {\n" +
            "compound=true;\n" +
            "node [shape=Mrecord]\n" +
            "rankdir=\"LR\"\n" +
            "\"ServiceProvided\" [label=\"ServiceProvided\"];\n" +
            "\"StudentAbsent\" [label=\"StudentAbsent\"];\n" +
            "\"ProviderAbsent\" [label=\"ProviderAbsent\"];\n" +
            "\"Cancelled\" [label=\"Cancelled\"];\n" +
            "\n" +
            Edges("ServiceProvided") +
            Edges("StudentAbsent") +
            Edges("ProviderAbsent") +
            Edges("Cancelled") +
            " init [label=\"\", shape=point];\n" +
            " init -> \"ServiceProvided\"[style = \"solid\"]\n" +
            "}",
            LifecycleGraphs.SessionTypeDot);

    [Fact]
    public void The_graphs_are_built_once() =>
        Assert.Same(LifecycleGraphs.RecordLifecycleMermaid, LifecycleGraphs.RecordLifecycleMermaid);

    // From one session type every session type can be selected; an absence or a cancellation also needs a school day.
    private static string Edges(string from) =>
        $"\"{from}\" -> \"ServiceProvided\" [style=\"solid\", label=\"SelectServiceProvided [the record is a draft]\"];\n" +
        $"\"{from}\" -> \"StudentAbsent\" [style=\"solid\", label=\"SelectStudentAbsent [the record is a draft] [the date is not a gray day]\"];\n" +
        $"\"{from}\" -> \"ProviderAbsent\" [style=\"solid\", label=\"SelectProviderAbsent [the record is a draft] [the date is not a gray day]\"];\n" +
        $"\"{from}\" -> \"Cancelled\" [style=\"solid\", label=\"SelectCancelled [the record is a draft] [the date is not a gray day]\"];\n";
}
