using System.Diagnostics;
using Stateless;

namespace Sesis.Rules;

/// <summary>
/// The record lifecycle (procedure steps 15-16, docs/procedure.md "Lifecycle"): Draft -> Certified -> Saved. A draft is
/// certified only when it has no errors at the draft stage, by its own provider, at an allowed time; editing a
/// certified record returns it to Draft and drops the certification; a certified record is saved only while
/// its certification is valid and covers the content; a saved record is never edited in place: amending it
/// starts a new draft revision.
/// </summary>
/// <remarks>
/// The machine is defined once, in this class. A <see cref="ServiceRecordWorkflow"/> builds one instance of it
/// per record it works on (a state machine is not thread-safe and costs microseconds to build). Certify and Save
/// are parameterised triggers: the facts their guards read travel with the trigger
/// (<see cref="CertifyTrigger"/>, <see cref="SaveTrigger"/>), never through a field set beforehand.
/// <see cref="AllowedActions"/> answers "what may be done to this record" from a table derived once from the
/// same definition, so it costs a table lookup and never builds a machine.
/// </remarks>
public static class RecordLifecycle
{
    // The guards, named in words: these names appear in the graphs and in every refusal.
    internal const string NoDraftErrors = "the record has no errors at the draft stage";
    internal const string OwnProvider = "the certifier is the record's own provider";
    internal const string TimeAllowed = "the certification time is not before the session ended nor in the future";
    internal const string CertificationValid = "the certification is valid and covers the content";

    private const int StateCount = 3;

    // The triggers whose guards read facts: the facts are the trigger's argument.
    internal static readonly StateMachine<RecordState, RecordAction>.TriggerWithParameters<LifecycleConditions> CertifyTrigger = new(RecordAction.Certify);
    internal static readonly StateMachine<RecordState, RecordAction>.TriggerWithParameters<LifecycleConditions> SaveTrigger = new(RecordAction.Save);
    private const int CombinationCount = 1 << LifecycleConditions.Count;

    // Indexed by state * CombinationCount + condition bits; built on first use from CreateMachine.
    private static readonly AllowedActions[] Table = BuildTable();

    /// <summary>Gets the actions the lifecycle allows for a record in <paramref name="state"/> under <paramref name="conditions"/>.</summary>
    /// <param name="state">The record's state.</param>
    /// <param name="conditions">The facts the guards read.</param>
    /// <returns>The allowed actions; none for an undefined state.</returns>
    /// <remarks>A table lookup: no allocation, no state machine.</remarks>
    public static AllowedActions AllowedActions(RecordState state, LifecycleConditions conditions) =>
        (uint)state < StateCount ? Table[((int)state * CombinationCount) + conditions.Bits] : Rules.AllowedActions.None;

    /// <summary>Defines the lifecycle: the one place its states, transitions and guards are written down.</summary>
    /// <param name="initial">The state to start in.</param>
    /// <returns>A new machine, for one workflow only; its guards read the facts given with Certify and Save.</returns>
    internal static StateMachine<RecordState, RecordAction> CreateMachine(RecordState initial)
    {
        var machine = new StateMachine<RecordState, RecordAction>(initial);

        machine.Configure(RecordState.Draft)
            .PermitReentry(RecordAction.Edit)
            .PermitIf(
                CertifyTrigger,
                RecordState.Certified,
                Guard(static c => c.RecordHasNoDraftErrors, NoDraftErrors),
                Guard(static c => c.CertifierIsOwnProvider, OwnProvider),
                Guard(static c => c.CertificationTimeIsAllowed, TimeAllowed));

        machine.Configure(RecordState.Certified)
            .Permit(RecordAction.Edit, RecordState.Draft)
            .PermitIf(SaveTrigger, RecordState.Saved, static c => c.CertificationIsValid, CertificationValid);

        // The saved revision itself never changes: the workflow moves on to a new draft revision.
        machine.Configure(RecordState.Saved)
            .Permit(RecordAction.Amend, RecordState.Draft);

        return machine;
    }

    /// <summary>Gets a value indicating whether the machine may take an action under the given facts, and the guards that do not hold.</summary>
    internal static bool CanFire(StateMachine<RecordState, RecordAction> machine, RecordAction action, LifecycleConditions conditions, out ICollection<string> unmet) =>
        action switch
        {
            RecordAction.Certify => machine.CanFire(CertifyTrigger, conditions, out unmet),
            RecordAction.Save => machine.CanFire(SaveTrigger, conditions, out unmet),
            _ => machine.CanFire(action, out unmet),
        };

    /// <summary>Why an action has no transition at all from a state (as opposed to a guard that did not hold).</summary>
    internal static string NotPermitted(RecordState state, RecordAction action) => (state, action) switch
    {
        (RecordState.Draft, RecordAction.Save) => "A draft is not saved: certify it first.",
        (RecordState.Draft, RecordAction.Amend) => "Only a saved record is amended: edit the draft instead.",
        (RecordState.Certified, RecordAction.Certify) => "The record is already certified.",
        (RecordState.Certified, RecordAction.Amend) => "Only a saved record is amended: edit the certified record to return it to draft.",
        (RecordState.Saved, RecordAction.Edit) => "A saved record is never edited in place: amend it to start a new draft revision.",
        (RecordState.Saved, RecordAction.Certify) => "A saved record is not certified again: amend it and certify the new revision.",
        (RecordState.Saved, RecordAction.Save) => "The record is already saved.",

        // Every other pair of a defined state and a defined action has a transition; the workflow asks only
        // about a pair without one, and a revision never has an undefined state.
        _ => throw new UnreachableException(),
    };

    private static Tuple<Func<LifecycleConditions, bool>, string> Guard(Func<LifecycleConditions, bool> holds, string description) => new(holds, description);

    private static AllowedActions[] BuildTable()
    {
        var table = new AllowedActions[StateCount * CombinationCount];
        for (var state = 0; state < StateCount; state++)
        {
            var machine = CreateMachine((RecordState)state);
            for (var bits = 0; bits < CombinationCount; bits++)
            {
                var conditions = new LifecycleConditions(bits);
                var allowed = Rules.AllowedActions.None;
                for (var action = RecordAction.Edit; action <= RecordAction.Amend; action++)
                {
                    if (CanFire(machine, action, conditions, out _))
                    {
                        allowed = allowed.With(action);
                    }
                }

                table[(state * CombinationCount) + bits] = allowed;
            }
        }

        return table;
    }
}
