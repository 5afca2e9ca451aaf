using NodaTime;
using static Sesis.Rules.Tests.LifecycleTestKit;

namespace Sesis.Rules.Tests;

/// <summary>Every transition of the record lifecycle (procedure steps 15-16), permitted and refused, with the refusal's reason.</summary>
public sealed class RecordLifecycleTests
{
    private const string NoDraftErrors = "the record has no errors at the draft stage";
    private const string OwnProvider = "the certifier is the record's own provider";
    private const string TimeAllowed = "the certification time is not before the session ended nor in the future";
    private const string CertificationValid = "the certification is valid and covers the content";

    // Draft

    [Fact]
    public void Editing_a_draft_keeps_it_a_draft()
    {
        var workflow = Draft();
        var result = workflow.Edit(Sample with { EndTime = new LocalTime(14, 30) });

        Assert.True(result.Succeeded);
        Assert.Equal(RecordState.Draft, workflow.State);
        Assert.Equal(new LocalTime(14, 30), workflow.Record.EndTime);
        Assert.Equal(1, workflow.Revision.Number);
    }

    [Fact]
    public void Certifying_a_valid_draft_by_its_own_provider_after_the_session_signs_its_content()
    {
        var workflow = Draft();
        var result = workflow.Certify(OwnId, SessionEnd);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Null(result.RefusalReason);
        Assert.Empty(result.UnmetConditions);
        Assert.Empty(result.Findings);
        Assert.Empty(result.ClearedFields);
        Assert.Equal(RecordState.Certified, workflow.State);
        Assert.Equal(new Certification(OwnId, SessionEnd, ServiceRecordDigest.Compute(Sample)), workflow.Record.Certification);
        Assert.Equal(Sample, workflow.Record with { Certification = null });
    }

    [Fact]
    public void A_draft_with_an_error_at_the_draft_stage_is_not_certified_and_the_errors_come_back()
    {
        var error = new Finding("SR201", FindingSeverity.Error, "EndTime", "The end time is not after the start time.");
        var workflow = Draft(validator: new StubValidator(ValidationStage.Draft, error));
        var result = workflow.Certify(OwnId, Now);

        Assert.False(result.Succeeded);
        Assert.Equal([NoDraftErrors], result.UnmetConditions);
        Assert.Equal([error], result.Findings);
        Assert.Equal($"Certify is refused: this does not hold: {NoDraftErrors}.", result.RefusalReason);
        Assert.Equal(RecordState.Draft, workflow.State);
        Assert.Null(workflow.Record.Certification);
    }

    [Fact]
    public void A_warning_at_the_draft_stage_does_not_keep_a_record_from_being_certified()
    {
        var warning = new Finding("SR702", FindingSeverity.Warning, "Date", "A service recorded on a gray day.");
        Assert.True(Draft(validator: new StubValidator(ValidationStage.Draft, warning)).Certify(OwnId, Now).Succeeded);
    }

    [Fact]
    public void Only_the_draft_stage_decides_certifying_not_the_save_stage()
    {
        // At the save stage a draft is always "not certified": that must not block certifying it.
        var error = new Finding("SR601", FindingSeverity.Error, "Certification", "The record is not certified.");
        Assert.True(Draft(validator: new StubValidator(ValidationStage.Save, error)).Certify(OwnId, Now).Succeeded);
    }

    [Fact]
    public void Another_provider_cannot_certify_the_record()
    {
        var workflow = Draft();
        var result = workflow.Certify(OtherId, Now);

        Assert.False(result.Succeeded);
        Assert.Equal([OwnProvider], result.UnmetConditions);
        Assert.Equal(RecordState.Draft, workflow.State);
    }

    [Fact]
    public void A_record_is_not_certified_before_its_session_ended()
    {
        var result = Draft().Certify(OwnId, SessionEnd - Duration.FromSeconds(1));

        Assert.False(result.Succeeded);
        Assert.Equal([TimeAllowed], result.UnmetConditions);
    }

    [Fact]
    public void A_record_is_not_certified_at_a_time_in_the_future()
    {
        var result = Draft().Certify(OwnId, Now + Duration.FromSeconds(1));

        Assert.False(result.Succeeded);
        Assert.Equal([TimeAllowed], result.UnmetConditions);
    }

    [Fact]
    public void Every_unmet_guard_of_certifying_is_named()
    {
        var error = new Finding("SR101", FindingSeverity.Error, "StudentId", "The student id is missing.");
        var result = Draft(validator: new StubValidator(ValidationStage.Draft, error)).Certify(OtherId, Now + Duration.FromDays(1));

        Assert.Equal([NoDraftErrors, OwnProvider, TimeAllowed], result.UnmetConditions);
        Assert.Equal($"Certify is refused: this does not hold: {NoDraftErrors}; {OwnProvider}; {TimeAllowed}.", result.RefusalReason);
    }

    [Fact]
    public void A_draft_is_not_saved() =>
        AssertNotPermitted(Draft(), static w => w.Save(), "A draft is not saved: certify it first.");

    [Fact]
    public void A_draft_is_not_amended() =>
        AssertNotPermitted(Draft(), static w => w.Amend(), "Only a saved record is amended: edit the draft instead.");

    // Certified

    [Fact]
    public void Editing_a_certified_record_returns_it_to_draft_and_drops_the_certification()
    {
        var workflow = Certified();
        var result = workflow.Edit(workflow.Record with { Notes = "Crossed the street with support." });

        Assert.True(result.Succeeded);
        Assert.Equal(RecordState.Draft, workflow.State);
        Assert.Null(workflow.Record.Certification);
        Assert.Equal("Crossed the street with support.", workflow.Record.Notes);
    }

    [Fact]
    public void A_certified_record_whose_certification_covers_it_is_saved()
    {
        var workflow = Certified();
        var certified = workflow.Record;
        var result = workflow.Save();

        Assert.True(result.Succeeded);
        Assert.Equal(RecordState.Saved, workflow.State);
        Assert.Same(certified, workflow.Record);
    }

    [Fact]
    public void A_certified_record_edited_behind_the_workflow_is_not_saved()
    {
        // A stored revision whose content changed after certifying (the digest no longer matches).
        var certification = Certification.Of(Sample, OwnId, Now);
        var tampered = Sample with { EndTime = new LocalTime(14, 25), Certification = certification };
        var workflow = new ServiceRecordWorkflow(new ServiceRecordRevision(RecordId, 1, RecordState.Certified, tampered), Context());
        var result = workflow.Save();

        Assert.False(result.Succeeded);
        Assert.Equal([CertificationValid], result.UnmetConditions);
        Assert.Equal(
            $"Save is refused: this does not hold: {CertificationValid} (the certification is not valid: the content changed after certifying).",
            result.RefusalReason);
        Assert.Equal(RecordState.Certified, workflow.State);
    }

    [Fact]
    public void A_certified_record_signed_by_another_provider_is_not_saved()
    {
        var signedByOther = Sample with { Certification = Certification.Of(Sample, OtherId, Now) };
        var workflow = new ServiceRecordWorkflow(new ServiceRecordRevision(RecordId, 1, RecordState.Certified, signedByOther), Context());
        var result = workflow.Save();

        Assert.False(result.Succeeded);
        Assert.Contains("certified by someone other than the record's provider", result.RefusalReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certified_record_is_not_certified_again() =>
        AssertNotPermitted(Certified(), static w => w.Certify(OwnId, Now), "The record is already certified.");

    [Fact]
    public void A_certified_record_is_not_amended() =>
        AssertNotPermitted(Certified(), static w => w.Amend(), "Only a saved record is amended: edit the certified record to return it to draft.");

    // Saved

    [Fact]
    public void A_saved_record_is_never_edited_in_place() =>
        AssertNotPermitted(Saved(), static w => w.Edit(Sample with { Notes = "late note" }), "A saved record is never edited in place: amend it to start a new draft revision.");

    [Fact]
    public void A_saved_record_is_not_certified_again() =>
        AssertNotPermitted(Saved(), static w => w.Certify(OwnId, Now), "A saved record is not certified again: amend it and certify the new revision.");

    [Fact]
    public void A_saved_record_is_not_saved_again() =>
        AssertNotPermitted(Saved(), static w => w.Save(), "The record is already saved.");

    [Fact]
    public void Amending_a_saved_record_starts_a_new_draft_revision_and_keeps_the_saved_one()
    {
        var workflow = Saved();
        var saved = workflow.Revision;
        var savedRecord = saved.Record;
        var result = workflow.Amend();

        Assert.True(result.Succeeded);
        var draft = workflow.Revision;
        Assert.Equal(RecordState.Draft, draft.State);
        Assert.Equal(2, draft.Number);
        Assert.Equal(saved.RecordId, draft.RecordId);
        Assert.Same(saved, draft.Amends);
        Assert.Null(draft.Record.Certification);
        Assert.Equal(savedRecord with { Certification = null }, draft.Record);

        // The saved revision is untouched, and the new draft goes through the whole lifecycle again.
        Assert.Equal(RecordState.Saved, saved.State);
        Assert.Same(savedRecord, saved.Record);
        Assert.True(workflow.Edit(draft.Record with { EndTime = new LocalTime(14, 30) }).Succeeded);
        Assert.True(workflow.Certify(OwnId, Now).Succeeded);
        Assert.True(workflow.Save().Succeeded);
        Assert.Equal(3, workflow.Amend().Revision.Number);
        Assert.Equal(RecordState.Saved, saved.State);
    }

    // Edits that would bypass the session-type machine

    [Fact]
    public void Editing_does_not_change_the_session_type_behind_the_session_type_machine()
    {
        var workflow = Draft();
        var result = workflow.Edit(Sample with { SessionType = SessionType.Cancelled, Reason = SessionReason.Assembly });

        Assert.False(result.Succeeded);
        Assert.Equal(
            "Edit is refused: the session type and reason change through ChangeSessionType, which clears the fields that no longer apply and checks the calendar.",
            result.RefusalReason);
        Assert.Equal(SessionType.ServiceProvided, workflow.Record.SessionType);
    }

    [Fact]
    public void Editing_only_the_session_type_or_only_the_reason_is_refused_too()
    {
        var workflow = Draft();
        var typeOnly = workflow.Edit(Sample with { SessionType = SessionType.ProviderAbsent, Location = null, Description = null, Progress = null });
        var reasonOnly = workflow.Edit(Sample with { Reason = SessionReason.Other });

        Assert.False(typeOnly.Succeeded);
        Assert.StartsWith("Edit is refused: the session type and reason change through ChangeSessionType", typeOnly.RefusalReason, StringComparison.Ordinal);
        Assert.False(reasonOnly.Succeeded);
        Assert.Equal(typeOnly.RefusalReason, reasonOnly.RefusalReason);
        Assert.Same(Sample, workflow.Record);
    }

    // Results

    [Fact]
    public void A_result_says_done_with_the_revision_or_refused_with_the_reason()
    {
        var workflow = Draft();
        var refused = workflow.Save();
        var done = workflow.Certify(OwnId, Now);

        Assert.Equal("refused: A draft is not saved: certify it first.", refused.ToString());
        Assert.Equal($"done: {workflow.Revision}", done.ToString());
        Assert.StartsWith("done: record 0f8fad5b-d9cb-469f-a165-70867728950e revision 1 Certified: ", done.ToString(), StringComparison.Ordinal);
    }

    // Revisions

    [Fact]
    public void A_revision_describes_itself_and_the_revision_it_amends()
    {
        var certified = Sample with { Certification = Certification.Of(Sample, OwnId, Now) };
        var first = ServiceRecordRevision.NewDraft(RecordId, Sample);
        var amendment = new ServiceRecordRevision(RecordId, 2, RecordState.Draft, Sample, new ServiceRecordRevision(RecordId, 1, RecordState.Saved, certified));

        Assert.Equal($"record 0f8fad5b-d9cb-469f-a165-70867728950e revision 1 Draft: {Sample}", first.ToString());
        Assert.Equal($"record 0f8fad5b-d9cb-469f-a165-70867728950e revision 2 Draft (amends 1): {Sample}", amendment.ToString());
    }

    [Fact]
    public void An_inconsistent_revision_says_how_and_names_the_parameter()
    {
        var certified = Sample with { Certification = Certification.Of(Sample, OwnId, Now) };
        var savedOne = new ServiceRecordRevision(RecordId, 1, RecordState.Saved, certified);

        Assert.Equal(
            "A draft carries no certification. (Parameter 'record')",
            Assert.Throws<ArgumentException>("record", () => ServiceRecordRevision.NewDraft(RecordId, certified)).Message);
        Assert.Equal(
            "A Saved revision carries its certification. (Parameter 'record')",
            Assert.Throws<ArgumentException>("record", () => new ServiceRecordRevision(RecordId, 1, RecordState.Saved, Sample)).Message);
        Assert.Equal(
            "A Certified revision carries its certification. (Parameter 'record')",
            Assert.Throws<ArgumentException>("record", () => new ServiceRecordRevision(RecordId, 1, RecordState.Certified, Sample)).Message);
        Assert.Equal(
            $"Revision 3 of {RecordId} can amend only saved revision 2 of the same record, not {savedOne}. (Parameter 'amends')",
            Assert.Throws<ArgumentException>("amends", () => new ServiceRecordRevision(RecordId, 3, RecordState.Draft, Sample, savedOne)).Message);
    }

    [Fact]
    public void A_revision_in_an_undefined_state_is_refused_with_the_parameter_named()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>("state", () => new ServiceRecordRevision(RecordId, 1, (RecordState)3, Sample));

        Assert.StartsWith("Not a defined record state.", thrown.Message, StringComparison.Ordinal);
        Assert.Equal((RecordState)3, thrown.ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>("state", () => new ServiceRecordRevision(RecordId, 1, (RecordState)(-1), Sample));
    }

    [Fact]
    public void A_revision_refuses_to_be_inconsistent()
    {
        var certified = Sample with { Certification = Certification.Of(Sample, OwnId, Now) };
        Assert.Throws<ArgumentException>("record", () => ServiceRecordRevision.NewDraft(RecordId, certified));
        Assert.Throws<ArgumentException>("record", () => new ServiceRecordRevision(RecordId, 1, RecordState.Saved, Sample));
        Assert.Throws<ArgumentOutOfRangeException>("number", () => new ServiceRecordRevision(RecordId, 0, RecordState.Draft, Sample));

        var draftOne = ServiceRecordRevision.NewDraft(RecordId, Sample);
        Assert.Throws<ArgumentException>("amends", () => new ServiceRecordRevision(RecordId, 2, RecordState.Draft, Sample, draftOne));
        var savedOne = new ServiceRecordRevision(RecordId, 1, RecordState.Saved, certified);
        Assert.Throws<ArgumentException>("amends", () => new ServiceRecordRevision(RecordId, 3, RecordState.Draft, Sample, savedOne));
        Assert.Throws<ArgumentException>("amends", () => new ServiceRecordRevision(Guid.Empty, 2, RecordState.Draft, Sample, savedOne));
        Assert.Equal(2, new ServiceRecordRevision(RecordId, 2, RecordState.Draft, Sample, savedOne).Number);
    }

    private static void AssertNotPermitted(ServiceRecordWorkflow workflow, Func<ServiceRecordWorkflow, WorkflowResult> act, string reason)
    {
        var before = workflow.Revision;
        var result = act(workflow);

        Assert.False(result.Succeeded);
        Assert.Equal(reason, result.RefusalReason);
        Assert.Empty(result.UnmetConditions);
        Assert.Empty(result.Findings);
        Assert.Empty(result.ClearedFields);
        Assert.Same(before, workflow.Revision);
        Assert.Same(before, result.Revision);
    }

    [Fact]
    public void A_validator_without_a_context_is_refused_by_name()
    {
        var validator = new FixedFindingValidator(static _ => false) { Context = null! };

        var error = Assert.Throws<ArgumentException>(() => new ServiceRecordWorkflow(ServiceRecordRevision.NewDraft(RecordId, Sample), validator));

        Assert.Equal("The validator's Context is null. (Parameter 'validator')", error.Message);
    }
}
