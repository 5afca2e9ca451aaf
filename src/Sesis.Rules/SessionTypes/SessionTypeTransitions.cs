using Stateless;

namespace Sesis.Rules;

/// <summary>
/// The session-type machine (seed step 9, SPEC.md "Lifecycle"): a record starts as Service Provided; its
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

    internal static SessionTypeTrigger TriggerFor(SessionType type) => type switch
    {
        SessionType.ServiceProvided => SessionTypeTrigger.SelectServiceProvided,
        SessionType.StudentAbsent => SessionTypeTrigger.SelectStudentAbsent,
        SessionType.ProviderAbsent => SessionTypeTrigger.SelectProviderAbsent,
        _ => SessionTypeTrigger.SelectCancelled,
    };

    internal static StateMachine<SessionType, SessionTypeTrigger> CreateMachine(SessionType initial, Func<bool> isDraft, Func<bool> isNotGrayDay)
    {
        var machine = new StateMachine<SessionType, SessionTypeTrigger>(initial);
        var draft = Tuple.Create(isDraft, IsDraft);
        var schoolDay = Tuple.Create(isNotGrayDay, NotGrayDay);

        foreach (var from in Types)
        {
            var state = machine.Configure(from);
            foreach (var to in Types)
            {
                // A service may be recorded on a gray day (the validator only warns); an absence or a
                // cancellation may not.
                Tuple<Func<bool>, string>[] guards = to == SessionType.ServiceProvided ? [draft] : [draft, schoolDay];
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

/// <summary>The session-type machine's triggers: the provider selects a session type from the dropdown (seed step 9).</summary>
internal enum SessionTypeTrigger
{
    SelectServiceProvided = 0,
    SelectStudentAbsent = 1,
    SelectProviderAbsent = 2,
    SelectCancelled = 3,
}
