using static Sesis.Rules.Tests.LifecycleTestKit;

namespace Sesis.Rules.Tests;

/// <summary>
/// The allowed-actions table (what a form enables) answers without building a state machine, yet never
/// disagrees with the machine: checked for every state and every combination of the guards' facts.
/// </summary>
public sealed class AllowedActionsTests
{
    private static readonly RecordAction[] AllActions = Enum.GetValues<RecordAction>();

    public static TheoryData<RecordState> States() => [.. Enum.GetValues<RecordState>()];

    // Every combination of the four facts, built through the public properties.
    internal static IEnumerable<LifecycleConditions> Combinations() =>
        from noErrors in new[] { false, true }
        from ownProvider in new[] { false, true }
        from timeAllowed in new[] { false, true }
        from valid in new[] { false, true }
        select new LifecycleConditions
        {
            RecordHasNoDraftErrors = noErrors,
            CertifierIsOwnProvider = ownProvider,
            CertificationTimeIsAllowed = timeAllowed,
            CertificationIsValid = valid,
        };

    [Theory]
    [MemberData(nameof(States))]
    public async Task The_table_agrees_with_the_machines_permitted_triggers_for_every_guard_combination(RecordState state)
    {
        var machine = RecordLifecycle.CreateMachine(state);
        var checkedCombinations = 0;

        foreach (var combination in Combinations())
        {
            // The facts are the parameterised triggers' argument (Stateless hands it to every guard).
            var permitted = (await machine.GetPermittedTriggersAsync(combination)).ToHashSet();
            var allowed = RecordLifecycle.AllowedActions(state, combination);
            foreach (var action in AllActions)
            {
                Assert.True(permitted.Contains(action) == allowed.Contains(action), $"{state} {action} under {combination}: machine {permitted.Contains(action)}, table {allowed.Contains(action)}");
            }

            checkedCombinations++;
        }

        Assert.Equal(16, checkedCombinations);
        Assert.Equal(state, machine.State);
    }

    [Fact]
    public void The_table_says_what_the_lifecycle_says()
    {
        foreach (var c in Combinations())
        {
            var certifiable = c.RecordHasNoDraftErrors && c.CertifierIsOwnProvider && c.CertificationTimeIsAllowed;
            Assert.Equal(Actions(RecordAction.Edit).With(certifiable, RecordAction.Certify), RecordLifecycle.AllowedActions(RecordState.Draft, c));
            Assert.Equal(Actions(RecordAction.Edit).With(c.CertificationIsValid, RecordAction.Save), RecordLifecycle.AllowedActions(RecordState.Certified, c));
            Assert.Equal(Actions(RecordAction.Amend), RecordLifecycle.AllowedActions(RecordState.Saved, c));
        }
    }

    [Fact]
    public void An_undefined_state_allows_nothing() =>
        Assert.Equal(AllowedActions.None, RecordLifecycle.AllowedActions((RecordState)3, LifecycleConditions.All));

    [Fact]
    public void A_workflow_offers_a_form_the_actions_its_state_allows_its_user()
    {
        Assert.Equal("Edit, Certify", Draft().AllowedActions(OwnId).ToString());
        Assert.Equal("Edit", Draft().AllowedActions(OtherId).ToString());
        Assert.Equal("Edit", Draft(validator: new StubValidator(ValidationStage.Draft, new Finding("SR101", FindingSeverity.Error, "StudentId", "Missing."))).AllowedActions(OwnId).ToString());
        Assert.Equal("Edit, Save", Certified().AllowedActions(OwnId).ToString());
        Assert.Equal("Amend", Saved().AllowedActions(OwnId).ToString());
    }

    [Fact]
    public void Allowed_actions_and_conditions_are_small_values()
    {
        var editAndSave = AllowedActions.None.With(RecordAction.Save).With(RecordAction.Edit);

        Assert.True(editAndSave.CanEdit && editAndSave.CanSave && !editAndSave.CanCertify && !editAndSave.CanAmend);
        Assert.False(editAndSave.Contains((RecordAction)7));
        Assert.Equal("Edit, Save", editAndSave.ToString());
        Assert.Equal("none", AllowedActions.None.ToString());
        Assert.True(editAndSave == AllowedActions.None.With(RecordAction.Edit).With(RecordAction.Save));
        Assert.True(editAndSave != AllowedActions.None);
        Assert.Throws<ArgumentOutOfRangeException>(() => AllowedActions.None.With((RecordAction)4));

        Assert.Equal("none", default(LifecycleConditions).ToString());
        Assert.Equal("RecordHasNoDraftErrors, CertifierIsOwnProvider, CertificationTimeIsAllowed, CertificationIsValid", LifecycleConditions.All.ToString());
        Assert.Equal(new LifecycleConditions { CertificationIsValid = true }, LifecycleConditions.All with { RecordHasNoDraftErrors = false, CertifierIsOwnProvider = false, CertificationTimeIsAllowed = false });
        Assert.False(new LifecycleConditions { CertificationIsValid = true, } == LifecycleConditions.All);
    }

    [Fact]
    public void An_undefined_action_is_never_allowed_not_even_one_whose_bit_would_wrap_onto_a_defined_one()
    {
        // A shift by 32 is a shift by 0 on an int: 32 would read Edit's bit, 33 Certify's.
        var everything = AllowedActions.None.With(RecordAction.Edit).With(RecordAction.Certify).With(RecordAction.Save).With(RecordAction.Amend);

        Assert.False(everything.Contains((RecordAction)32));
        Assert.False(everything.Contains((RecordAction)33));
        Assert.False(everything.Contains((RecordAction)(-1)));
        Assert.Equal("Edit, Certify, Save, Amend", everything.ToString());
    }

    [Fact]
    public void Allowing_an_undefined_action_is_refused_with_the_parameter_named()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>("action", () => AllowedActions.None.With((RecordAction)4));

        Assert.StartsWith("Not a defined record action.", thrown.Message, StringComparison.Ordinal);
        Assert.Equal((RecordAction)4, thrown.ActualValue);
    }

    [Fact]
    public void Conditions_that_differ_are_unequal_and_equal_ones_are_not()
    {
        var allByProperties = new LifecycleConditions
        {
            RecordHasNoDraftErrors = true,
            CertifierIsOwnProvider = true,
            CertificationTimeIsAllowed = true,
            CertificationIsValid = true,
        };

        Assert.True(new LifecycleConditions { CertificationIsValid = true } != LifecycleConditions.All);
        Assert.False(allByProperties != LifecycleConditions.All);
    }

    [Fact]
    public void A_certified_or_saved_record_offers_its_actions_without_being_validated()
    {
        // The validator only tells whether a draft may be certified; later states do not run it.
        var validator = new CountingValidator();
        var workflow = Draft(validator: validator);
        Assert.Equal("Edit, Certify", workflow.AllowedActions(OwnId).ToString());
        Assert.Equal(1, validator.Calls);
        Assert.True(workflow.Certify(OwnId, Now).Succeeded);
        var calls = validator.Calls;

        Assert.Equal("Edit, Save", workflow.AllowedActions(OwnId).ToString());
        Assert.True(workflow.Save().Succeeded);
        Assert.Equal("Amend", workflow.AllowedActions(OwnId).ToString());
        Assert.Equal(calls, validator.Calls);
    }

    private static AllowedActions Actions(RecordAction action) => AllowedActions.None.With(action);

    private sealed class CountingValidator : IServiceRecordValidator
    {
        public int Calls { get; private set; }

        public RecordingContext Context { get; } = new();

        public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage)
        {
            Calls++;
            return [];
        }
    }
}

internal static class AllowedActionsTestExtensions
{
    public static AllowedActions With(this AllowedActions actions, bool when, RecordAction action) => when ? actions.With(action) : actions;
}
