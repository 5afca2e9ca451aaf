using System.Globalization;
using System.Numerics;

namespace Sesis.Rules;

/// <summary>
/// Checks one service record against the single-record rules (SR1xx to SR8xx, see <see cref="RuleCatalog"/>)
/// in the <see cref="RecordingContext"/> the host set once.
/// </summary>
/// <remarks>
/// Build one per context and share it: it is immutable and safe to use from many threads at once. It reads the
/// context's providers and caseload per record, so a host whose lookups see changes keeps the same validator. A record
/// that is wrong in several ways gets every independent finding, in code order, and no finding that only
/// follows from another (an end before the start does not also get a duration finding). A valid record is
/// answered without allocating. Messages are in the current UI culture (<see cref="RecordingContext.Messages"/>).
/// For FluentValidation, see <see cref="FluentValidationExtensions"/>.
/// </remarks>
public sealed class ServiceRecordValidator : IServiceRecordValidator
{
    private static readonly Finding[] NoFindings = [];

    private readonly RuleSettings _settings;
    private readonly Rule[] _rules;
    private readonly RuleEvaluator.Evaluate _draft = RuleEvaluator.For(ValidationStage.Draft);
    private readonly RuleEvaluator.Evaluate _save = RuleEvaluator.For(ValidationStage.Save);

    /// <summary>Initializes a new validator.</summary>
    /// <param name="context">The context: clock, time zone, calendar, providers, caseload, catalogs, entry window, severities, messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A property of the context is null, <see cref="RecordingContext.EntryWindowMonths"/> is negative or above 1200,
    /// the school kind is undefined, or a severity override names an unknown code or an undefined severity.
    /// </exception>
    public ServiceRecordValidator(RecordingContext context)
    {
        _settings = new RuleSettings(context);
        _rules = [.. RuleDefinitions.SingleRecord.Select((definition, index) => new Rule(definition, index, _settings.Severities[definition.Code]))];
    }

    /// <summary>Gets the context the validator was built with.</summary>
    public RecordingContext Context => _settings.Context;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined stage.</exception>
    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage) =>
        Validate(record, stage, RecordFields.None);

    /// <summary>
    /// Checks a record some of whose fields could not be read (from text, say): every rule that reads one of
    /// <paramref name="unreadable"/> is skipped, since its finding would be about a value nobody entered.
    /// </summary>
    internal IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage, RecordFields unreadable) =>
        ValidateRecord(record, stage, unreadable);

    /// <summary>
    /// Checks a record read from text: the reading's own findings (SR0xx, each value that could not be read) and
    /// every finding of the rules that do not read an unreadable field, so a person fixing the row sees all its
    /// problems in one pass. A rule that reads an unreadable field is skipped, as its outcome would be a guess.
    /// </summary>
    /// <param name="reading">The reading, from <see cref="ServiceRecordReader.Read"/>.</param>
    /// <param name="stage">The stage to validate at.</param>
    /// <returns>The reading's findings, then the rules' findings in code order; severities as configured.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reading"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined stage.</exception>
    public IReadOnlyList<Finding> Validate(ServiceRecordReading reading, ValidationStage stage)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var rules = ValidateRecord(reading.Partial, stage, reading.Unreadable);
        if (reading.IsComplete)
        {
            return rules;
        }

        var findings = new Finding[reading.Findings.Count + rules.Length];
        for (var i = 0; i < reading.Findings.Count; i++)
        {
            var finding = reading.Findings[i];
            var severity = _settings.Severities[finding.Code];
            findings[i] = severity == finding.Severity ? finding : finding with { Severity = severity };
        }

        rules.CopyTo(findings, reading.Findings.Count);
        return findings;
    }

    private Finding[] ValidateRecord(ServiceRecord record, ValidationStage stage, RecordFields unreadable)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (stage is not (ValidationStage.Draft or ValidationStage.Save))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a defined validation stage.");
        }

        return Check(record, stage, unreadable, _settings.ReadClock());
    }

    private Finding[] Check(ServiceRecord record, ValidationStage stage, RecordFields unreadable, in Moment moment)
    {
        var x = new RecordUnderCheck(record, _settings, moment);
        var failed = (stage == ValidationStage.Save ? _save : _draft)(ref x);
        if (unreadable != RecordFields.None)
        {
            // Rules do not read each other's outcome: skipping a rule is leaving out its bit.
            failed &= ~RuleEvaluator.Reading(unreadable);
        }

        if (failed == 0)
        {
            return NoFindings;
        }

        // The culture is read only when there is something to say.
        var messages = _settings.Messages.For(CultureInfo.CurrentUICulture);
        var findings = new Finding[BitOperations.PopCount(failed)];
        for (var i = 0; failed != 0; i++, failed &= failed - 1)
        {
            var rule = _rules[BitOperations.TrailingZeroCount(failed)];
            var definition = rule.Definition;
            findings[i] = new Finding(definition.Code, rule.Severity, rule.FieldName, messages[rule.Index])
            {
                AttemptedValue = definition.Shows is { } shows ? shows(in x) : FieldNames.Show(record, definition.Field),
            };
        }

        return findings;
    }

    /// <summary>A rule as this validator reports it: its definition, its place among all rules, its effective severity.</summary>
    private sealed class Rule(RuleDefinition definition, int index, FindingSeverity severity)
    {
        public RuleDefinition Definition { get; } = definition;

        public int Index { get; } = index;

        public FindingSeverity Severity { get; } = severity;

        public string FieldName { get; } = definition.FieldName;
    }
}
