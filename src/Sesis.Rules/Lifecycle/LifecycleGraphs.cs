using Stateless.Graph;

namespace Sesis.Rules;

/// <summary>
/// The graphs of the two machines, for documentation: the record lifecycle (<see cref="RecordLifecycle"/>) and
/// the session type (procedure step 9), as Graphviz DOT and as Mermaid. Lines end with "\n" on every platform.
/// </summary>
public static class LifecycleGraphs
{
    private static readonly Lazy<string> LifecycleDot = new(() => Normalize(UmlDotGraph.Format(LifecycleMachine().GetInfo())));
    private static readonly Lazy<string> LifecycleMermaid = new(() => Normalize(MermaidGraph.Format(LifecycleMachine().GetInfo())));
    private static readonly Lazy<string> SessionDot = new(() => Normalize(UmlDotGraph.Format(SessionTypeMachine().GetInfo())));
    private static readonly Lazy<string> SessionMermaid = new(() => Normalize(MermaidGraph.Format(SessionTypeMachine().GetInfo())));

    /// <summary>Gets the record lifecycle as Graphviz DOT.</summary>
    public static string RecordLifecycleDot => LifecycleDot.Value;

    /// <summary>Gets the record lifecycle as a Mermaid state diagram.</summary>
    public static string RecordLifecycleMermaid => LifecycleMermaid.Value;

    /// <summary>Gets the session-type machine as Graphviz DOT.</summary>
    public static string SessionTypeDot => SessionDot.Value;

    /// <summary>Gets the session-type machine as a Mermaid state diagram.</summary>
    public static string SessionTypeMermaid => SessionMermaid.Value;

    // The graphs show the definition, not a record: the guards are never evaluated here.
    private static Stateless.StateMachine<RecordState, RecordAction> LifecycleMachine() =>
        RecordLifecycle.CreateMachine(RecordState.Draft);

    private static Stateless.StateMachine<SessionType, SessionTypeTrigger> SessionTypeMachine() =>
        SessionTypeTransitions.CreateMachine(static () => SessionType.ServiceProvided);

    private static string Normalize(string graph) => graph.ReplaceLineEndings("\n");
}
