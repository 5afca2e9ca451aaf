using NodaTime;
using static Sesis.Rules.Tests.LifecycleTestKit;

namespace Sesis.Rules.Tests;

/// <summary>Every session-type transition (procedure step 9), permitted and refused, with the refusal's reason.</summary>
public sealed class SessionTypeTransitionTests
{
    private const string IsDraft = "the record is a draft";
    private const string NotGrayDay = "the date is not a gray day";

    // The reason the procedure gives for each session type that needs one (procedure step 9).
    private static readonly Dictionary<SessionType, SessionReason?> ReasonFor = new()
    {
        [SessionType.ServiceProvided] = null,
        [SessionType.StudentAbsent] = SessionReason.StudentRefusedService,
        [SessionType.ProviderAbsent] = SessionReason.ProviderSickLeave,
        [SessionType.Cancelled] = SessionReason.IepMeeting,
    };

    private static readonly LocalDate SchoolDay = new(2025, 10, 6);
    private static readonly LocalDate GrayDay = new(2025, 10, 2); // Yom Kippur (docs/calendar.md)

    public static TheoryData<SessionType, SessionType> EveryPair()
    {
        var pairs = new TheoryData<SessionType, SessionType>();
        foreach (var from in Enum.GetValues<SessionType>())
        {
            foreach (var to in Enum.GetValues<SessionType>())
            {
                pairs.Add(from, to);
            }
        }

        return pairs;
    }

    [Fact]
    public void A_new_record_is_Service_Provided() =>
        Assert.Equal(SessionType.ServiceProvided, new ServiceRecord
        {
            StudentId = Sample.StudentId,
            ProviderId = Sample.ProviderId,
            ServiceType = Sample.ServiceType,
            Date = Sample.Date,
            StartTime = Sample.StartTime,
            EndTime = Sample.EndTime,
            Language = Sample.Language,
        }.SessionType);

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void On_a_school_day_a_draft_changes_from_any_session_type_to_any_other(SessionType from, SessionType to)
    {
        var workflow = DraftOf(from, SchoolDay);
        var result = workflow.ChangeSessionType(to, ReasonFor[to]);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(to, workflow.Record.SessionType);
        Assert.Equal(ReasonFor[to], workflow.Record.Reason);
        Assert.Equal(RecordState.Draft, workflow.State);
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void On_a_gray_day_an_absence_or_cancellation_is_refused_and_a_service_is_not(SessionType from, SessionType to)
    {
        var workflow = DraftOf(from, GrayDay);
        var before = workflow.Record;
        var result = workflow.ChangeSessionType(to, ReasonFor[to]);

        if (to == SessionType.ServiceProvided)
        {
            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(SessionType.ServiceProvided, workflow.Record.SessionType);
        }
        else
        {
            Assert.False(result.Succeeded);
            Assert.Equal([NotGrayDay], result.UnmetConditions);
            Assert.Equal($"Changing the session type to {to} is refused: this does not hold: {NotGrayDay}.", result.RefusalReason);
            Assert.Same(before, workflow.Record);
        }
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void A_certified_or_saved_record_keeps_its_session_type(SessionType from, SessionType to)
    {
        foreach (var saving in new[] { false, true })
        {
            var workflow = DraftOf(from, SchoolDay);
            Assert.True(workflow.Certify(OwnId, Now).Succeeded);
            if (saving)
            {
                Assert.True(workflow.Save().Succeeded);
            }

            var before = workflow.Revision;
            var result = workflow.ChangeSessionType(to, ReasonFor[to]);

            Assert.False(result.Succeeded);
            Assert.Equal([IsDraft], result.UnmetConditions);
            Assert.Equal($"Changing the session type to {to} is refused: this does not hold: {IsDraft}.", result.RefusalReason);
            Assert.Same(before, workflow.Revision);
        }
    }

    [Fact]
    public void On_a_gray_day_a_certified_record_is_refused_for_both_reasons()
    {
        var workflow = DraftOf(SessionType.ServiceProvided, GrayDay);
        Assert.True(workflow.Certify(OwnId, Now).Succeeded);

        Assert.Equal([IsDraft, NotGrayDay], workflow.ChangeSessionType(SessionType.Cancelled, SessionReason.Other).UnmetConditions);
        Assert.Equal([IsDraft], workflow.ChangeSessionType(SessionType.ServiceProvided).UnmetConditions);
    }

    [Fact]
    public void A_date_no_calendar_covers_is_not_refused_here_the_validator_warns_about_it()
    {
        var workflow = DraftOf(SessionType.ServiceProvided, new LocalDate(2026, 8, 3));
        Assert.True(workflow.ChangeSessionType(SessionType.StudentAbsent, SessionReason.StudentAbsentFromSchool).Succeeded);
    }

    [Fact]
    public void A_gray_day_for_one_kind_of_school_only_is_refused_only_there()
    {
        // 2026-06-05, Clerical Day: closed for elementary schools, open for high schools (docs/procedure.md).
        var record = Sample with { Date = new LocalDate(2026, 6, 5) };
        var elementary = new ServiceRecordWorkflow(ServiceRecordRevision.NewDraft(RecordId, record), Context(kind: SchoolKind.Elementary));
        var high = new ServiceRecordWorkflow(ServiceRecordRevision.NewDraft(RecordId, record), Context(kind: SchoolKind.High));

        Assert.False(elementary.ChangeSessionType(SessionType.Cancelled, SessionReason.Testing).Succeeded);
        Assert.True(high.ChangeSessionType(SessionType.Cancelled, SessionReason.Testing).Succeeded);
    }

    [Theory]
    [InlineData(SessionType.StudentAbsent)]
    [InlineData(SessionType.ProviderAbsent)]
    [InlineData(SessionType.Cancelled)]
    public void Switching_away_from_Service_Provided_clears_location_description_and_progress(SessionType to)
    {
        var workflow = Draft();
        var result = workflow.ChangeSessionType(to, ReasonFor[to]);

        Assert.True(result.Succeeded);
        Assert.Equal(["Location", "Description", "Progress"], result.ClearedFields);
        Assert.Null(workflow.Record.Location);
        Assert.Null(workflow.Record.Description);
        Assert.Null(workflow.Record.Progress);
        Assert.Equal(Sample with { SessionType = to, Reason = ReasonFor[to], Location = null, Description = null, Progress = null }, workflow.Record);
    }

    [Fact]
    public void Switching_back_to_Service_Provided_clears_the_reason_and_leaves_the_rest_to_fill_in()
    {
        var workflow = Draft();
        Assert.True(workflow.ChangeSessionType(SessionType.StudentAbsent, SessionReason.StudentAbsentFromSchool).Succeeded);
        var result = workflow.ChangeSessionType(SessionType.ServiceProvided);

        Assert.True(result.Succeeded);
        Assert.Equal(["Reason"], result.ClearedFields);
        Assert.Null(workflow.Record.Reason);
        Assert.Null(workflow.Record.Location);
    }

    [Fact]
    public void An_absence_may_carry_no_reason_the_validator_warns_about_that()
    {
        var workflow = Draft();
        var result = workflow.ChangeSessionType(SessionType.ProviderAbsent);

        Assert.True(result.Succeeded);
        Assert.Null(workflow.Record.Reason);
        Assert.Equal(["Location", "Description", "Progress"], result.ClearedFields);
    }

    [Fact]
    public void Selecting_Service_Provided_again_keeps_location_description_and_progress()
    {
        var workflow = Draft();
        var result = workflow.ChangeSessionType(SessionType.ServiceProvided);

        Assert.True(result.Succeeded);
        Assert.Empty(result.ClearedFields);
        Assert.Equal(Sample, workflow.Record);
    }

    [Fact]
    public void Changing_only_the_reason_of_an_absence_clears_nothing()
    {
        var workflow = DraftOf(SessionType.StudentAbsent, SchoolDay);
        var result = workflow.ChangeSessionType(SessionType.StudentAbsent, SessionReason.StudentAbsentFromSchool);

        Assert.True(result.Succeeded);
        Assert.Empty(result.ClearedFields);
        Assert.Equal(SessionReason.StudentAbsentFromSchool, workflow.Record.Reason);
    }

    [Fact]
    public void Every_unmet_guard_of_a_session_type_change_is_named_in_the_refusal()
    {
        var workflow = DraftOf(SessionType.ServiceProvided, GrayDay);
        Assert.True(workflow.Certify(OwnId, Now).Succeeded);

        Assert.Equal(
            $"Changing the session type to Cancelled is refused: this does not hold: {IsDraft}; {NotGrayDay}.",
            workflow.ChangeSessionType(SessionType.Cancelled, SessionReason.Other).RefusalReason);
    }

    [Theory]
    [InlineData(SessionType.StudentAbsent, SessionReason.ProviderSickLeave, "the reason ProviderSickLeave calls for ProviderAbsent")]
    [InlineData(SessionType.ProviderAbsent, SessionReason.Assembly, "the reason Assembly calls for Cancelled")]
    [InlineData(SessionType.Cancelled, SessionReason.StudentRefusedService, "the reason StudentRefusedService calls for StudentAbsent")]
    [InlineData(SessionType.ServiceProvided, SessionReason.Other, "a service provided carries no reason")]
    public void A_reason_that_calls_for_another_session_type_is_refused(SessionType to, SessionReason reason, string why)
    {
        var workflow = Draft();
        var result = workflow.ChangeSessionType(to, reason);

        Assert.False(result.Succeeded);
        Assert.Equal($"Changing the session type to {to} is refused: {why}.", result.RefusalReason);
        Assert.Same(Sample, workflow.Record);
    }

    [Fact]
    public void Values_outside_the_enums_are_refused_not_thrown()
    {
        Assert.Equal("ChangeSessionType is refused: 9 is not a session type.", Draft().ChangeSessionType((SessionType)9).RefusalReason);
        Assert.Equal("ChangeSessionType is refused: 0 is not a session reason.", Draft().ChangeSessionType(SessionType.Cancelled, (SessionReason)0).RefusalReason);
    }

    [Fact]
    public void After_an_amendment_the_new_draft_changes_its_session_type_again()
    {
        var workflow = Saved();
        Assert.False(workflow.ChangeSessionType(SessionType.Cancelled, SessionReason.Other).Succeeded);
        Assert.True(workflow.Amend().Succeeded);
        Assert.True(workflow.ChangeSessionType(SessionType.Cancelled, SessionReason.Other).Succeeded);
        Assert.Equal(SessionType.ServiceProvided, workflow.Revision.Amends!.Record.SessionType);
    }

    // A draft of the given session type (with the procedure's reason, and the fields that then apply) on a date.
    private static ServiceRecordWorkflow DraftOf(SessionType type, LocalDate date)
    {
        var record = Sample with { Date = date };
        if (type != SessionType.ServiceProvided)
        {
            record = record with { SessionType = type, Reason = ReasonFor[type], Location = null, Description = null, Progress = null };
        }

        return new ServiceRecordWorkflow(ServiceRecordRevision.NewDraft(RecordId, record), Context());
    }
}
