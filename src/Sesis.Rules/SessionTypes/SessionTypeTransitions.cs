using Stateless;

namespace Sesis.Rules;

/// <summary>
/// The session-type machine (procedure step 9, docs/procedure.md "Lifecycle"): a record starts as Service Provided; its
/// session type changes only while the record is a draft; an absence or a cancellation is refused on a gray
/// day, when no record is needed and an absence from a closed school would be false.
/// </summary>
/// <remarks>
/// Defined once, here. Every type can be selected from every type (selecting the current type again changes
/// only the reason), so the definition is written as a loop over the four types rather than sixteen lines that
/// could drift apart. Clearing the fields that no longer apply is the workflow's part, on a permitted change.
/// </remarks>
internal static class SessionTypeTransitions
{
    internal const string IsDraft = "the record is a draft";
    internal const string NotGrayDay = "the date is not a gray day";

    private static readonly SessionType[] Types =
        [SessionType.ServiceProvided, SessionType.StudentAbsent, SessionType.ProviderAbsent, SessionType.Cancelled];

    // One parameterised trigger per session type, indexed by it: the facts the guards read are the argument.
    private static readonly StateMachine<SessionType, SessionTypeTrigger>.TriggerWithParameters<SessionTypeConditions>[] Triggers =
    [
        new(SessionTypeTrigger.SelectServiceProvided),
        new(SessionTypeTrigger.SelectStudentAbsent),
        new(SessionTypeTrigger.SelectProviderAbsent),
        new(SessionTypeTrigger.SelectCancelled),
    ];

    /// <summary>Gets the trigger that selects a session type (a defined one).</summary>
    internal static StateMachine<SessionType, SessionTypeTrigger>.TriggerWithParameters<SessionTypeConditions> TriggerFor(SessionType type) => Triggers[(int)type];

    /// <summary>Defines the session-type machine over a state kept elsewhere.</summary>
    /// <param name="sessionType">
    /// Reads the current session type. The record holds it: the workflow asks the machine whether a change is
    /// permitted (<see cref="StateMachine{TState, TTrigger}.CanFire{TArg0}(StateMachine{TState, TTrigger}.TriggerWithParameters{TArg0}, TArg0, out ICollection{string})"/>)
    /// and, when it is, changes the record, which is the transition; so the machine and the record never disagree.
    /// </param>
    /// <returns>A new machine, for one workflow only.</returns>
    internal static StateMachine<SessionType, SessionTypeTrigger> CreateMachine(Func<SessionType> sessionType)
    {
        var machine = new StateMachine<SessionType, SessionTypeTrigger>(sessionType, static _ => { });
        var draft = Tuple.Create<Func<SessionTypeConditions, bool>, string>(static c => c.IsDraft, IsDraft);
        var schoolDay = Tuple.Create<Func<SessionTypeConditions, bool>, string>(static c => c.IsNotGrayDay, NotGrayDay);

        foreach (var from in Types)
        {
            var state = machine.Configure(from);
            foreach (var to in Types)
            {
                // A service may be recorded on a gray day (the validator only warns); an absence or a
                // cancellation may not.
                Tuple<Func<SessionTypeConditions, bool>, string>[] guards = to == SessionType.ServiceProvided ? [draft] : [draft, schoolDay];
                if (from == to)
                {
                    state.PermitReentryIf(TriggerFor(to), guards);
                }
                else
                {
                    state.PermitIf(TriggerFor(to), to, guards);
                }
            }
        }

        return machine;
    }
}

/// <summary>The facts the session-type guards read, given with the trigger.</summary>
/// <param name="IsDraft">Whether the record is a draft.</param>
/// <param name="IsNotGrayDay">Whether the record's date is not a gray day for the provider's kind of school.</param>
internal readonly record struct SessionTypeConditions(bool IsDraft, bool IsNotGrayDay);

/// <summary>The session-type machine's triggers: the provider selects a session type from the dropdown (procedure step 9).</summary>
internal enum SessionTypeTrigger
{
    SelectServiceProvided = 0,
    SelectStudentAbsent = 1,
    SelectProviderAbsent = 2,
    SelectCancelled = 3,
}
