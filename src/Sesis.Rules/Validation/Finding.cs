namespace Sesis.Rules;

/// <summary>
/// One thing wrong with a service record (or a batch of them): a stable code, its severity, the field it
/// concerns and a plain-English message that names the field and the fix.
/// </summary>
/// <param name="Code">The rule's stable code, such as "SR201". Codes are never renumbered or reused.</param>
/// <param name="Severity">Error or Warning.</param>
/// <param name="Field">The field concerned, named as on <see cref="ServiceRecord"/>, such as "EndTime".</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Field, string Message)
{
    private readonly string _code = Guard.NotNull(Code);
    private readonly string _field = Guard.NotNull(Field);
    private readonly string _message = Guard.NotNull(Message);

    /// <summary>Gets the rule's stable code, such as "SR201". Codes are never renumbered or reused.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Code { get => _code; init => _code = Guard.NotNull(value); }

    /// <summary>Gets the field concerned, named as on <see cref="ServiceRecord"/>, such as "EndTime".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Field { get => _field; init => _field = Guard.NotNull(value); }

    /// <summary>Gets what is wrong and how to fix it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Message { get => _message; init => _message = Guard.NotNull(value); }

    /// <summary>Gets the value that broke the rule, as text, when there is one to show.</summary>
    public string? AttemptedValue { get; init; }

    /// <summary>Describes the finding on one line.</summary>
    /// <returns>Such as "SR201 Error EndTime: The end time 08:00 is not after the start time 09:00."</returns>
    public override string ToString() => $"{Code} {Severity} {Field}: {Message}";
}
