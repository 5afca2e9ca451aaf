using FluentValidation;

namespace Sesis.Rules;

/// <summary>Makes a record validator a FluentValidation validator, for apps that compose FluentValidation validators.</summary>
public static class FluentValidationExtensions
{
    /// <summary>Gets the single-record rules as an <see cref="IValidator{T}"/> of <see cref="ServiceRecord"/>.</summary>
    /// <param name="validator">The record validator, built once with the host's context.</param>
    /// <param name="stage">Draft (everything but certification) or Save (everything).</param>
    /// <returns>
    /// The rules, every finding reported; failures carry our code, severity, field, message and the
    /// <see cref="Finding"/> as <c>CustomState</c>. For the first finding only, build a <see cref="ServiceRecordRules{T}"/>
    /// with <see cref="CascadeMode.Stop"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined stage.</exception>
    public static ServiceRecordRules<ServiceRecord> ToFluentValidator(this IServiceRecordValidator validator, ValidationStage stage) =>
        new(validator, stage, static record => record);

    /// <summary>
    /// Gets the single-record rules as an <see cref="IValidator{T}"/> of an app's model, to include in the app's
    /// own validator, its failures under the app's property names.
    /// </summary>
    /// <typeparam name="T">The app's model.</typeparam>
    /// <param name="validator">The record validator, built once with the host's context.</param>
    /// <param name="stage">Draft (everything but certification) or Save (everything).</param>
    /// <param name="toRecord">Maps the model to the record the rules check; it must not return null.</param>
    /// <param name="propertyNames">The app's property name for each of our field names ("EndTime" to "EndsAt"); <see langword="null"/> for none.</param>
    /// <param name="cascadeMode"><see cref="CascadeMode.Continue"/> (the default) for every finding, <see cref="CascadeMode.Stop"/> for the first only.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> or <paramref name="toRecord"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> or <paramref name="cascadeMode"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="propertyNames"/> names a field that a record does not have, or gives a blank name.</exception>
    public static ServiceRecordRules<T> ToFluentValidator<T>(
        this IServiceRecordValidator validator,
        ValidationStage stage,
        Func<T, ServiceRecord> toRecord,
        IReadOnlyDictionary<string, string>? propertyNames = null,
        CascadeMode cascadeMode = CascadeMode.Continue) =>
        new(validator, stage, toRecord, propertyNames, cascadeMode);
}
