using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// Generators of records across records: consistent group sessions (valid for SR901-SR904 by construction, built
/// from the rule's words, not from <see cref="GroupSessionEntry"/>), consistent provider days, and batches dense in
/// collisions (few providers, days, students and times) for properties that need findings to compare.
/// </summary>
public static class GroupSessionGenerators
{
    // Declared first: static fields initialize in order, and the public generators below use these.
    private static readonly ProviderId[] Providers = [new("P0000001"), new("P0000002")];
    private static readonly LocalDate[] Days = [new(2025, 10, 6), new(2025, 10, 7)];
    private static readonly StudentId[] Students = [new("204381527"), new("204381528"), new("204381529"), new("204381530")];
    private static readonly ServiceType[] Types = [ServiceType.Paraprofessional, ServiceType.Counseling];

    private static Gen<ServiceRecord> CollidingRecord { get; } =
        from provider in Gen.Elements(Providers)
        from day in Gen.Elements(Days)
        from student in Gen.Elements(Students)
        from type in Gen.Elements(Types)
        from startSlot in Gen.Choose(0, 8)
        from lengthSlots in Gen.Frequency((12, Gen.Choose(1, 4)), (1, Gen.Choose(-2, 0)))
        from session in RecordGenerators.SessionTypes
        from groupKind in Gen.Choose(0, 4)
        select new ServiceRecord
        {
            StudentId = student,
            ProviderId = provider,
            ServiceType = type,
            Date = day,
            StartTime = new LocalTime(8, 0).PlusMinutes(startSlot * 15),
            EndTime = new LocalTime(8, 0).PlusMinutes((startSlot + lengthSlots) * 15),
            Language = Language.English,
            SessionType = session.Type,
            Reason = session.Reason,
            GroupSize = groupKind == 0 ? GroupSize.Individual : GroupSize.Group(groupKind),
        };

    /// <summary>
    /// One group session: one provider, date, service type, start and end; 1 to the service type's largest group
    /// of distinct students, each served or not. Served students state "Group, n" with n the number served; the
    /// others state the planned group, "Group, m" with m the number of students in it.
    /// </summary>
    public static Gen<GroupSessionCase> ConsistentGroupSessions { get; } =
        from provider in RecordGenerators.ProviderIds
        from dayIndex in Gen.Choose(0, RecordGenerators.SchoolDays.Count - 1)
        from startSlot in Gen.Choose(7 * 12, 15 * 12)
        from session in SessionAt(provider, RecordGenerators.SchoolDays[dayIndex], new LocalTime(0, 0).PlusMinutes(startSlot * 5))
        select session;

    /// <summary>A consistent group session with at least one student served.</summary>
    public static Gen<GroupSessionCase> ConsistentGroupSessionsWithAServedStudent { get; } =
        ConsistentGroupSessions.Where(static s => s.Served > 0);

    /// <summary>One provider's day of 1-5 consistent group sessions back to back: each starts when the last ended.</summary>
    public static Gen<ServiceRecord[]> ConsistentDays { get; } =
        from provider in RecordGenerators.ProviderIds
        from dayIndex in Gen.Choose(0, RecordGenerators.SchoolDays.Count - 1)
        from sessions in Gen.Choose(1, 5)
        from day in Sessions(provider, RecordGenerators.SchoolDays[dayIndex], new LocalTime(8, 0), sessions)
        select day;

    /// <summary>
    /// Up to 40 records over 2 providers, 2 days, 4 students and 2 service types, on a 15-minute grid from 08:00
    /// to 10:00, of any session type and group size: duplicates, overlaps and groups happen often. A few records
    /// end before they start.
    /// </summary>
    public static Gen<ServiceRecord[]> CollidingBatches { get; } =
        CollidingRecord.ListOf().Select(static list => list.Take(40).ToArray());

    /// <summary>A colliding batch and the same records in another order.</summary>
    public static Gen<ShuffledBatch> ShuffledBatches { get; } =
        from records in CollidingBatches
        from extra in ConsistentGroupSessions
        let all = records.Concat(extra.Records).ToArray()
        from shuffled in Gen.Shuffle(all)
        select new ShuffledBatch(all, shuffled);

    private static Gen<ServiceRecord[]> Sessions(ProviderId provider, LocalDate date, LocalTime start, int count) =>
        count == 0
            ? Gen.Constant(Array.Empty<ServiceRecord>())
            : from first in SessionAt(provider, date, start)
              from rest in Sessions(provider, date, first.Records[0].EndTime, count - 1)
              select first.Records.Concat(rest).ToArray();

    private static Gen<GroupSessionCase> SessionAt(ProviderId provider, LocalDate date, LocalTime start) =>
        from policy in RecordGenerators.Policies
        from lengthMinutes in Gen.Choose(10, 60)
        from firstStudent in Gen.Choose(100_000_000, 999_999_000)
        from size in Gen.Choose(1, Math.Min(8, policy.MaxGroupSize))
        from sessions in RecordGenerators.SessionTypes.ArrayOf(size)
        from language in RecordGenerators.Languages
        select Build(policy, provider, date, start, lengthMinutes, firstStudent, sessions, language);

    private static GroupSessionCase Build(
        ServiceTypePolicy policy, ProviderId provider, LocalDate date, LocalTime start, int lengthMinutes, int firstStudent,
        (SessionType Type, SessionReason? Reason)[] sessions, Language language)
    {
        var served = sessions.Count(static s => s.Type == SessionType.ServiceProvided);
        var end = start.PlusMinutes(lengthMinutes);
        var records = sessions.Select((s, i) => new ServiceRecord
        {
            StudentId = new StudentId((firstStudent + i).ToString("D9", System.Globalization.CultureInfo.InvariantCulture)),
            ProviderId = provider,
            ServiceType = policy.ServiceType,
            Date = date,
            StartTime = start,
            EndTime = end,
            Language = language,
            SessionType = s.Type,
            Reason = s.Reason,
            GroupSize = GroupSize.Group(s.Type == SessionType.ServiceProvided ? served : sessions.Length),
        }).ToArray();
        return new GroupSessionCase(records, served);
    }
}

/// <summary>The records of one generated group session and how many of its students were served.</summary>
public sealed record GroupSessionCase(ServiceRecord[] Records, int Served)
{
    public override string ToString() =>
        string.Join(" | ", Records.Select(static r => $"{r} {r.GroupSize}"));
}

/// <summary>Records in one order and in another.</summary>
public sealed record ShuffledBatch(ServiceRecord[] Records, ServiceRecord[] Shuffled)
{
    public override string ToString() => string.Join(Environment.NewLine, Records.Select(static r => $"{r} {r.GroupSize}"));
}

/// <summary>Named arbitraries for <c>[Property(Arbitrary = [typeof(GroupSessionArbitraries)])]</c>.</summary>
public static class GroupSessionArbitraries
{
    public static Arbitrary<GroupSessionCase> GroupSession() => GroupSessionGenerators.ConsistentGroupSessions.ToArbitrary();

    public static Arbitrary<ShuffledBatch> ShuffledBatch() => GroupSessionGenerators.ShuffledBatches.ToArbitrary();

    public static Arbitrary<ServiceRecord[]> CollidingBatch() => GroupSessionGenerators.CollidingBatches.ToArbitrary();
}
