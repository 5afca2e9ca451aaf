using Microsoft.Extensions.Options;

namespace Sesis.Rules;

/// <summary>
/// Checks <see cref="SesisRulesOptions"/> when the options are first read, which <c>ValidateOnStart</c> makes the
/// app's start:
/// a wrong setting fails the start with every wrong key named, not the first request.
/// </summary>
/// <param name="prefix">What a key's name follows in messages, such as "SesisRules:".</param>
internal sealed class SesisRulesOptionsValidator(string prefix) : IValidateOptions<SesisRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, SesisRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        return SesisRulesSettings.Read(options, prefix, errors) is null ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
