using System.Collections.Frozen;
using FluentValidation;
using FluentValidation.Results;

namespace Sesis.Rules;

/// <summary>
/// The single-record rules as a FluentValidation <see cref="IValidator{T}"/> of <see cref="ServiceRecord"/> or of
/// an app's own model that maps to one: use it on its own, or include it in the app's
/// <see cref="AbstractValidator{T}"/> (<c>Include(rules)</c>), and its failures join the app's, under the app's own
/// property names. Made by <see cref="FluentValidationExtensions.ToFluentValidator(IServiceRecordValidator, ValidationStage)"/>.
/// </summary>
/// <typeparam name="T">The model validated: <see cref="ServiceRecord"/>, or the app's model.</typeparam>
/// <remarks>
/// <para>
/// Each <see cref="Finding"/> becomes one <see cref="ValidationFailure"/>: the code as
/// <see cref="ValidationFailure.ErrorCode"/>, the severity as <see cref="ValidationFailure.Severity"/>, the field
/// (or the app's name for it) as <see cref="ValidationFailure.PropertyName"/>, the message (in the current UI
/// culture, see <see cref="RecordingContext.Messages"/>) as <see cref="ValidationFailure.ErrorMessage"/>, the
/// attempted value, and the finding itself as <see cref="ValidationFailure.CustomState"/>.
/// </para>
/// <para>
/// The rules run as one FluentValidation rule, in code order; with <see cref="CascadeMode.Stop"/> only the
/// first finding is reported, as if each of our rules were one rule of a class that stops at the first failure.
/// An app validator that includes these rules and stops at the first failing rule stops after them when they
/// fail. Asynchronous validation gives the same result (there is nothing to await). Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ServiceRecordRules<T> : IValidator<T>
{
    private readonly IServiceRecordValidator _validator;
    private readonly Func<T, ServiceRecord> _toRecord;
    private readonly FrozenDictionary<string, string> _propertyNames;
    private readonly RulesValidator _rules;

    /// <summary>Initializes the rules for a model.</summary>
    /// <param name="validator">The record validator, built once with the host's context (<see cref="ServiceRecordValidator"/>).</param>
    /// <param name="stage">Draft (everything but certification) or Save (everything).</param>
    /// <param name="toRecord">Maps the model to the record the rules check; it must not return null.</param>
    /// <param name="propertyNames">
    /// The app's property name for each of our field names ("EndTime" to "Visit.EndsAt"); a field not named
    /// keeps its name. <see langword="null"/> for none.
    /// </param>
    /// <param name="cascadeMode"><see cref="CascadeMode.Continue"/> (the default) for every finding, <see cref="CascadeMode.Stop"/> for the first only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> or <paramref name="toRecord"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> or <paramref name="cascadeMode"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="propertyNames"/> names a field that a record does not have (see <see cref="RuleMessages.Fields"/>), or gives a blank name.
    /// </exception>
    public ServiceRecordRules(
        IServiceRecordValidator validator,
        ValidationStage stage,
        Func<T, ServiceRecord> toRecord,
        IReadOnlyDictionary<string, string>? propertyNames = null,
        CascadeMode cascadeMode = CascadeMode.Continue)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(toRecord);
        if (stage is not (ValidationStage.Draft or ValidationStage.Save))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a defined validation stage.");
        }

        if (cascadeMode is not (CascadeMode.Continue or CascadeMode.Stop))
        {
            throw new ArgumentOutOfRangeException(nameof(cascadeMode), cascadeMode, "Use CascadeMode.Continue or CascadeMode.Stop.");
        }

        _validator = validator;
        _toRecord = toRecord;
        _propertyNames = CheckNames(propertyNames);
        Stage = stage;
        CascadeMode = cascadeMode;
        _rules = new RulesValidator(this);
    }

    /// <summary>Gets the stage at which records are checked.</summary>
    public ValidationStage Stage { get; }

    /// <summary>Gets whether every finding is reported (<see cref="CascadeMode.Continue"/>) or the first only (<see cref="CascadeMode.Stop"/>).</summary>
    public CascadeMode CascadeMode { get; }

    // The overloads mirror IValidator<T>'s, both of which default the token.
#pragma warning disable RS0026

    /// <inheritdoc/>
    public ValidationResult Validate(T instance) => _rules.Validate(instance);

    /// <inheritdoc/>
    public Task<ValidationResult> ValidateAsync(T instance, CancellationToken cancellation = default) => _rules.ValidateAsync(instance, cancellation);

    /// <inheritdoc/>
    public ValidationResult Validate(IValidationContext context) => ((IValidator)_rules).Validate(context);

    /// <inheritdoc/>
    public Task<ValidationResult> ValidateAsync(IValidationContext context, CancellationToken cancellation = default) =>
        ((IValidator)_rules).ValidateAsync(context, cancellation);
#pragma warning restore RS0026

    /// <inheritdoc/>
    public IValidatorDescriptor CreateDescriptor() => _rules.CreateDescriptor();

    /// <inheritdoc/>
    public bool CanValidateInstancesOfType(Type type) => ((IValidator)_rules).CanValidateInstancesOfType(type);

    private static FrozenDictionary<string, string> CheckNames(IReadOnlyDictionary<string, string>? propertyNames)
    {
        if (propertyNames is null)
        {
            return FrozenDictionary<string, string>.Empty;
        }

        foreach (var (field, name) in propertyNames)
        {
            if (field is null || !RuleMessages.Fields.Contains(field, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"The property names map '{field}', which is not a field of a service record; use one of {string.Join(", ", RuleMessages.Fields)}.",
                    nameof(propertyNames));
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"The property name given for {field} is blank.", nameof(propertyNames));
            }
        }

        return propertyNames.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private void AddFailures(T model, ValidationContext<T> context)
    {
        var record = _toRecord(model)
            ?? throw new InvalidOperationException($"The mapping of {typeof(T).Name} to a service record returned null.");
        var findings = _validator.Validate(record, Stage);
        var count = CascadeMode == CascadeMode.Stop ? Math.Min(1, findings.Count) : findings.Count;
        for (var i = 0; i < count; i++)
        {
            var finding = findings[i];
            context.AddFailure(new ValidationFailure(
                _propertyNames.TryGetValue(finding.Field, out var name) ? name : finding.Field,
                finding.Message,
                finding.AttemptedValue)
            {
                ErrorCode = finding.Code,
                Severity = finding.Severity == FindingSeverity.Warning ? Severity.Warning : Severity.Error,
                CustomState = finding,
            });
        }
    }

    /// <summary>
    /// The FluentValidation validator behind: one rule over the whole model. Kept inside, so that its settable
    /// cascade properties do not make the public type mutable.
    /// </summary>
    private sealed class RulesValidator : AbstractValidator<T>
    {
        public RulesValidator(ServiceRecordRules<T> rules) => RuleFor(static model => model).Custom(rules.AddFailures);
    }
}
