using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// Generators of valid service records and their context, shared by every property test. A generated
/// scenario is valid by construction: every later rule must accept it.
/// </summary>
public static class RecordGenerators
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    // School days of 2025-26 on which NYC schools are open for every kind of school, by the calendar the
    // library ships (2026-06-05 is open for high schools only, so it is not here). Generated records fall on these days only.
    public static readonly IReadOnlyList<LocalDate> SchoolDays = BuildSchoolDays();

    public static Gen<StudentId> StudentIds { get; } =
        Gen.Choose(100_000_000, 999_999_999).Select(static n => new StudentId(n.ToString("D9", System.Globalization.CultureInfo.InvariantCulture)));

    public static Gen<ProviderId> ProviderIds { get; } =
        Gen.Choose(1, 9_999_999).Select(static n => new ProviderId("P" + n.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)));

    public static Gen<ServiceTypePolicy> Policies { get; } = Gen.Elements(ServiceTypeCatalog.Standard.Values.ToArray());

    public static Gen<Language> Languages { get; } = Gen.Elements(Language.StandardCatalog.Keys.ToArray());

    public static Gen<ServiceLocation> Locations { get; } = Gen.Elements(ServiceLocation.StandardCatalog.Keys.ToArray());

    public static Gen<ProgressIndicator> ProgressIndicators { get; } = Gen.Elements(ProgressIndicator.StandardCatalog.Keys.ToArray());

    /// <summary>Printable notes with line breaks and tabs, never control characters, at most 400 characters.</summary>
    public static Gen<string> Notes { get; } =
        Gen.Elements("Worked on", " goals", "\n", "\t", " ", "é", "Ñ", "student", "crossing", "lunch", "ambulation", ".")
            .ListOf()
            .Select(static parts => ("Session: " + string.Concat(parts.Take(40))).TrimEnd());

    /// <summary>Service Provided, which has no reason.</summary>
    public static Gen<(SessionType Type, SessionReason? Reason)> ProvidedSessions { get; } =
        Gen.Constant<(SessionType, SessionReason?)>((SessionType.ServiceProvided, null));

    /// <summary>A session type other than Service Provided, with the reason that decides it.</summary>
    public static Gen<(SessionType Type, SessionReason? Reason)> NotProvidedSessions { get; } =
        Gen.Elements(Enum.GetValues<SessionReason>()).Select(static r => (SessionReasons.SessionTypeOf(r), (SessionReason?)r));

    /// <summary>A session type with the reason that decides it, or Service Provided with none.</summary>
    public static Gen<(SessionType Type, SessionReason? Reason)> SessionTypes { get; } =
        Gen.Frequency((6, ProvidedSessions), (4, NotProvidedSessions));

    /// <summary>Valid records and their context.</summary>
    public static Gen<ServiceRecordScenario> ValidScenarios { get; } = ScenariosOf(Policies, SessionTypes);

    /// <summary>
    /// Valid records of the given service-type policies and session types, and their context. Rule breakers
    /// choose the policies and session types a rule applies to here rather than filtering generated scenarios:
    /// a filter no scenario passes would retry for ever.
    /// </summary>
    public static Gen<ServiceRecordScenario> ScenariosOf(Gen<ServiceTypePolicy> policies, Gen<(SessionType Type, SessionReason? Reason)> sessions) =>
        from policy in policies
        from student in StudentIds
        from providerId in ProviderIds
        from dayIndex in Gen.Choose(0, SchoolDays.Count - 1)
        from daysLater in Gen.Choose(0, 20)
        from startSlot in Gen.Choose(7 * 12, 15 * 12) // five-minute slots from 07:00 to 15:00
        from lengthMinutes in Gen.Choose((int)policy.MinSessionLength.TotalMinutes, (int)policy.MaxSessionLength.TotalMinutes)
        from language in Languages
        from session in sessions
        from groupKind in Gen.Choose(0, policy.MaxGroupSize)
        from location in Locations
        from descriptionIndex in Gen.Choose(0, Math.Max(0, policy.Descriptions.Length - 1))
        from progress in ProgressIndicators
        from notes in Notes
        from withNotes in Gen.Elements(true, false)
        from certifyDelayMinutes in Gen.Choose(0, 600)
        select Build(policy, student, providerId, dayIndex, daysLater, startSlot, lengthMinutes, language, session,
            groupKind, location, descriptionIndex, progress, notes, withNotes, certifyDelayMinutes);

    private static ServiceRecordScenario Build(
        ServiceTypePolicy policy, StudentId student, ProviderId providerId, int dayIndex, int daysLater, int startSlot,
        int lengthMinutes, Language language, (SessionType Type, SessionReason? Reason) session, int groupKind,
        ServiceLocation location, int descriptionIndex, ProgressIndicator progress, string notes, bool withNotes,
        int certifyDelayMinutes)
    {
        var date = SchoolDays[dayIndex];
        var start = new LocalTime(0, 0).PlusMinutes(startSlot * 5);
        var end = start.PlusMinutes(lengthMinutes);
        if (end <= start)
        {
            // The session would run past midnight: keep it inside the day at its longest legal length.
            end = new LocalTime(23, 59);
            start = end.PlusMinutes(-lengthMinutes);
        }

        var provided = session.Type == SessionType.ServiceProvided;
        var record = new ServiceRecord
        {
            StudentId = student,
            ProviderId = providerId,
            ServiceType = policy.ServiceType,
            Date = date,
            StartTime = start,
            EndTime = end,
            Language = language,
            SessionType = session.Type,
            Reason = session.Reason,
            GroupSize = groupKind == 0 ? GroupSize.Individual : GroupSize.Group(groupKind),
            Location = provided ? location : null,
            Description = provided && policy.Descriptions.Length > 0 ? policy.Descriptions[descriptionIndex] : null,
            Progress = provided && policy.ProgressRequired ? progress : null,
            // Notes where the policy requires them, and where the reason is Other, which the notes name
            // (SessionReason.Other; docs/procedure.md, facts: the reason goes in the notes).
            Notes = (provided && policy.NotesRequired) || session.Reason == SessionReason.Other || withNotes ? notes : null,
        };

        // Certified some minutes after the session ended; the check runs later that day or on a later day,
        // never after the end of the month that follows (the default entry window).
        var ended = (date + end).InZoneLeniently(NewYork).ToInstant();
        var certifiedAt = ended + Duration.FromMinutes(certifyDelayMinutes);
        var latest = date.With(DateAdjusters.EndOfMonth).PlusMonths(1).With(DateAdjusters.EndOfMonth);
        var checkDate = LocalDate.Min(date.PlusDays(daysLater), latest);
        var now = Instant.Max(certifiedAt, (checkDate + new LocalTime(23, 0)).InZoneLeniently(NewYork).ToInstant());
        record = record with { Certification = Certification.Of(record, providerId, certifiedAt) };

        var provider = new Provider(providerId, policy.ProviderRoles[0]) { Name = "Generated Provider" };
        var assignment = new CaseloadAssignment(providerId, student, policy.ServiceType, new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26)));
        return new ServiceRecordScenario(record, provider, assignment, now, NewYork);
    }

    private static List<LocalDate> BuildSchoolDays()
    {
        var nyc = SchoolCalendars.NewYorkCity2025To2026;
        var year = nyc.SchoolYears[0];
        var days = new List<LocalDate>();
        for (var d = year.FirstDay; d <= year.LastDay; d = d.PlusDays(1))
        {
            if (Enum.GetValues<SchoolKind>().All(kind => !nyc.IsGrayDay(d, kind)))
            {
                days.Add(d);
            }
        }

        return days;
    }
}

/// <summary>Named arbitraries for <c>[Property(Arbitrary = new[] { typeof(ValidRecordArbitraries) })]</c>.</summary>
public static class ValidRecordArbitraries
{
    public static Arbitrary<ServiceRecordScenario> ValidScenario() => RecordGenerators.ValidScenarios.ToArbitrary();

    public static Arbitrary<StudentId> StudentId() => RecordGenerators.StudentIds.ToArbitrary();

    public static Arbitrary<ProviderId> ProviderId() => RecordGenerators.ProviderIds.ToArbitrary();

    public static Arbitrary<Language> Language() => RecordGenerators.Languages.ToArbitrary();
}
