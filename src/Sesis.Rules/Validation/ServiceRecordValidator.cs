using System.Globalization;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Checks one service record against the single-record rules (SR1xx to SR8xx, see <see cref="RuleCatalog"/>)
/// in the context the host set once in <see cref="ValidationOptions"/>.
/// </summary>
/// <remarks>
/// Build one per context and share it: it is immutable and safe to use from many threads at once. A record
/// that is wrong in several ways gets every independent finding, in code order, and no finding that only
/// follows from another (an end before the start does not also get a duration finding). A valid record is
/// answered without allocating.
/// </remarks>
public sealed class ServiceRecordValidator : IServiceRecordValidator
{
    private static readonly Finding[] NoFindings = [];

    private readonly RuleSettings _settings;
    private readonly SingleRecordRules _rules;

    /// <summary>Initializes a new validator.</summary>
    /// <param name="options">The context: clock, time zone, calendar, providers, caseload, catalogs, entry window, severities.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// An option is null, <see cref="ValidationOptions.EntryWindowMonths"/> is negative or above 1200, the school kind is
    /// undefined, or a severity override names an unknown code or an undefined severity.
    /// </exception>
    public ServiceRecordValidator(ValidationOptions options)
    {
        _settings = new RuleSettings(options);
        _rules = new SingleRecordRules(_settings);
        Options = options;
    }

    /// <summary>Gets the options the validator was built with.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Gets every code this validator's rules can emit, in rule order (for tests that compare code and docs).</summary>
    internal IReadOnlyList<string> EmittableCodes => _rules.Codes;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined stage.</exception>
    public IReadOnlyList<Finding> Validate(ServiceRecord record, ValidationStage stage)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (stage is not (ValidationStage.Draft or ValidationStage.Save))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a defined validation stage.");
        }

        var moment = _settings.ReadClock();
        var suspects = QuickCheck.Suspects(record, stage, _settings, moment);
        return suspects == RuleGroups.None ? NoFindings : ValidateGroups(record, stage, moment, suspects);
    }

    /// <summary>Runs the quick check alone, at one moment (for the property that proves it agrees with the rules).</summary>
    internal bool QuickCheckFindsNothing(ServiceRecord record, ValidationStage stage, Moment moment) =>
        QuickCheck.FindsNothing(record, stage, _settings, moment);

    /// <summary>Gets the groups the quick check suspects, at one moment (for the property that proves it agrees with each group's rules).</summary>
    internal RuleGroups QuickCheckSuspects(ServiceRecord record, ValidationStage stage, Moment moment) =>
        QuickCheck.Suspects(record, stage, _settings, moment);

    /// <summary>Gets the group of a code's rule (for the property that proves the quick check agrees with each group's rules).</summary>
    internal RuleGroups GroupOf(string code) => _rules.GroupOf[code];

    /// <summary>Reads the configured clock as the validation does.</summary>
    internal Moment ReadClock() => _settings.ReadClock();

    /// <summary>Runs every rule, without the quick check.</summary>
    internal IReadOnlyList<Finding> ValidateWithRules(ServiceRecord record, ValidationStage stage, Moment moment) =>
        ValidateGroups(record, stage, moment, RuleGroups.All);

    /// <summary>Runs the rules of some groups only, without the quick check.</summary>
    internal IReadOnlyList<Finding> ValidateGroups(ServiceRecord record, ValidationStage stage, Moment moment, RuleGroups groups)
    {
        var failures = _rules.Validate(new RecordUnderCheck(record, stage, _settings, moment), groups);
        if (failures is null)
        {
            return NoFindings;
        }

        var findings = new Finding[failures.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var failure = failures[i];
            findings[i] = new Finding(
                failure.ErrorCode,
                failure.Severity == FluentValidation.Severity.Warning ? FindingSeverity.Warning : FindingSeverity.Error,
                failure.PropertyName,
                failure.ErrorMessage)
            {
                AttemptedValue = Show(failure.AttemptedValue),
            };
        }

        return findings;
    }

    // The attempted value as one short line. Notes are never echoed: they may be confidential.
    private static string? Show(object? value) => value switch
    {
        null => null,
        string notes => string.Create(CultureInfo.InvariantCulture, $"{notes.Length} characters"),
        bool flag => flag ? "true" : "false",
        LocalDate date => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
        LocalTime time => time.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture),
        Duration length => string.Create(CultureInfo.InvariantCulture, $"{length.TotalMinutes:0.##} minutes"),
        Certification certification => certification.ToString(),
        _ => CodeText.Printable(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };
}
