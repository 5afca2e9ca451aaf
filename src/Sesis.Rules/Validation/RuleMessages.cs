using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Resources;
using System.Text;

namespace Sesis.Rules;

/// <summary>
/// The wording of the single-record findings: each rule's message, and the display names by which messages
/// name the record's fields ("End time", not <c>EndTime</c>). A host fits them to its screens: its own form's
/// labels as display names, and its own message for any code, per culture, set here or read from its
/// resources (a <see cref="ResourceManager"/>, keyed by code and by field name). English is the default.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: each <c>With</c> method returns a new instance. Safe to share across threads. The codes, fields
/// and severities of findings never change with the culture; only <see cref="Finding.Message"/> does.
/// </para>
/// <para>
/// A message names a field by its name in braces, <c>{EndTime}</c>, which becomes the field's display name in
/// the same culture. For a culture, a message or display name is looked up in what was set with
/// <see cref="WithMessage"/> or <see cref="WithDisplayName"/> for that culture, then its parent cultures, then
/// for every culture; then in the resources, last added first; then the English default.
/// </para>
/// </remarks>
public sealed class RuleMessages
{
    private static readonly FrozenDictionary<string, string> DefaultDisplayNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["StudentId"] = "Student id",
        ["ProviderId"] = "Provider id",
        ["ServiceType"] = "Service type",
        ["Date"] = "Date",
        ["StartTime"] = "Start time",
        ["EndTime"] = "End time",
        ["Language"] = "Language",
        ["SessionType"] = "Session type",
        ["Reason"] = "Reason",
        ["GroupSize"] = "Group size",
        ["Location"] = "Location",
        ["Description"] = "Description",
        ["Progress"] = "Progress",
        ["Notes"] = "Notes",
        ["NotesConfidential"] = "Confidential notes",
        ["Certification"] = "Certification",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> RuleIndex = RuleDefinitions.SingleRecord
        .Select(static (rule, index) => (rule.Code, index))
        .ToFrozenDictionary(static e => e.Code, static e => e.index, StringComparer.Ordinal);

    private readonly ImmutableDictionary<(string Culture, string Key), string> _messages;
    private readonly ImmutableDictionary<(string Culture, string Key), string> _displayNames;
    private readonly ImmutableList<ResourceManager> _resources;
    private readonly ConcurrentDictionary<CultureInfo, string[]> _resolved = new();
    private volatile Resolved? _last;

    private RuleMessages(
        ImmutableDictionary<(string, string), string> messages,
        ImmutableDictionary<(string, string), string> displayNames,
        ImmutableList<ResourceManager> resources)
    {
        _messages = messages;
        _displayNames = displayNames;
        _resources = resources;
    }

    /// <summary>Gets the English messages and display names, with nothing replaced: the default of <see cref="RecordingContext.Messages"/>.</summary>
    public static RuleMessages Default { get; } = new(
        ImmutableDictionary<(string, string), string>.Empty,
        ImmutableDictionary<(string, string), string>.Empty,
        []);

    /// <summary>Gets the names of the fields a display name can be set for, as on <see cref="ServiceRecord"/>.</summary>
    public static IReadOnlyList<string> Fields => FieldNames.All;

    /// <summary>Returns messages in which <paramref name="field"/> is shown as <paramref name="displayName"/>.</summary>
    /// <param name="field">The field, as on <see cref="ServiceRecord"/>, such as "EndTime" (see <see cref="Fields"/>).</param>
    /// <param name="displayName">The name the host's form shows, such as "Session end".</param>
    /// <param name="culture">The culture it is for (and its specific cultures); <see langword="null"/> for every culture.</param>
    /// <returns>New messages; this instance is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="displayName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a field of the record, or <paramref name="displayName"/> is blank.</exception>
    public RuleMessages WithDisplayName(string field, string displayName, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(displayName);
        if (!DefaultDisplayNames.ContainsKey(field))
        {
            throw new ArgumentException($"'{field}' is not a field of a service record; use one of {string.Join(", ", Fields)}.", nameof(field));
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new ArgumentException($"The display name of {field} is blank.", nameof(displayName));
        }

        return new(_messages, _displayNames.SetItem((CultureName(culture), field), displayName), _resources);
    }

    /// <summary>Returns messages in which the findings of <paramref name="code"/> say <paramref name="message"/>.</summary>
    /// <param name="code">A single-record code, such as "SR201" (see <see cref="RuleCatalog.SingleRecord"/>).</param>
    /// <param name="message">The message; <c>{EndTime}</c> and the like name fields by their display names.</param>
    /// <param name="culture">The culture it is for (and its specific cultures); <see langword="null"/> for every culture.</param>
    /// <returns>New messages; this instance is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> is not a single-record code, <paramref name="message"/> is blank, or it names a field in braces that the record does not have.
    /// </exception>
    public RuleMessages WithMessage(string code, string message, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        if (!RuleIndex.ContainsKey(code))
        {
            throw new ArgumentException($"'{code}' is not the code of a single-record rule (see RuleCatalog.SingleRecord).", nameof(code));
        }

        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ArgumentException($"The message of {code} is blank.", nameof(message));
        }

        if (PlaceholderProblem(code, message) is { } problem)
        {
            throw new ArgumentException(problem, nameof(message));
        }

        return new(_messages.SetItem((CultureName(culture), code), message), _displayNames, _resources);
    }

    /// <summary>
    /// Returns messages that also read <paramref name="resources"/>: a string named by a code ("SR201") is that
    /// code's message, a string named by a field ("EndTime") is that field's display name, each in the culture
    /// the resource manager finds for the current UI culture.
    /// </summary>
    /// <param name="resources">The host's resources, such as those of its own .resx file.</param>
    /// <returns>New messages; this instance is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is null.</exception>
    /// <exception cref="ArgumentException">The resource manager finds no resources at all (its base name or assembly is wrong).</exception>
    public RuleMessages WithResources(ResourceManager resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        try
        {
            _ = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true);
        }
        catch (MissingManifestResourceException e)
        {
            throw new ArgumentException($"The resources '{resources.BaseName}' cannot be found: {e.Message}", nameof(resources), e);
        }

        return new(_messages, _displayNames, _resources.Add(resources));
    }

    /// <summary>Gets the display name of a field in a culture.</summary>
    /// <param name="field">The field, as on <see cref="ServiceRecord"/>, such as "EndTime".</param>
    /// <param name="culture">The culture; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The display name, such as "End time".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a field of the record.</exception>
    public string GetDisplayName(string field, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!DefaultDisplayNames.TryGetValue(field, out var english))
        {
            throw new ArgumentException($"'{field}' is not a field of a service record; use one of {string.Join(", ", Fields)}.", nameof(field));
        }

        return Find(_displayNames, field, culture ?? CultureInfo.CurrentUICulture) ?? english;
    }

    /// <summary>Gets the message of a code in a culture, its fields named by their display names.</summary>
    /// <param name="code">A single-record code, such as "SR201".</param>
    /// <param name="culture">The culture; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The message, as a finding of that code carries it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a single-record code.</exception>
    public string GetMessage(string code, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!RuleIndex.TryGetValue(code, out var index))
        {
            throw new ArgumentException($"'{code}' is not the code of a single-record rule (see RuleCatalog.SingleRecord).", nameof(code));
        }

        return For(culture ?? CultureInfo.CurrentUICulture)[index];
    }

    /// <summary>Gets every rule's message in a culture, by the rule's place in <see cref="RuleDefinitions.SingleRecord"/>; resolved once per culture.</summary>
    internal string[] For(CultureInfo culture)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Culture, culture))
        {
            return last.Messages;
        }

        var messages = _resolved.GetOrAdd(culture, Resolve);
        _last = new Resolved(culture, messages);
        return messages;
    }

    private static string CultureName(CultureInfo? culture) => culture?.Name ?? string.Empty;

    // Braces in a message set in code name fields only, so a typo in a field name is caught here, not shown to users.
    private static string? PlaceholderProblem(string code, string message)
    {
        for (var start = message.IndexOf('{', StringComparison.Ordinal); start != -1; start = message.IndexOf('{', start + 1))
        {
            var end = message.IndexOf('}', start + 1);
            if (end == -1)
            {
                return $"The message of {code} opens a brace that is not closed: name a field as {{EndTime}}.";
            }

            var name = message[(start + 1)..end];
            if (!DefaultDisplayNames.ContainsKey(name))
            {
                return $"The message of {code} names {{{name}}}, which is not a field of a service record; use one of {string.Join(", ", Fields)}.";
            }
        }

        return null;
    }

    private string[] Resolve(CultureInfo culture)
    {
        var rules = RuleDefinitions.SingleRecord;
        var messages = new string[rules.Count];
        for (var i = 0; i < messages.Length; i++)
        {
            var template = Find(_messages, rules[i].Code, culture) ?? rules[i].Message;
            messages[i] = Fill(template, culture);
        }

        return messages;
    }

    // Replaces each {Field} by the field's display name; anything else in braces stays as written.
    private string Fill(string template, CultureInfo culture)
    {
        var text = new StringBuilder(template.Length + 16);
        var at = 0;
        while (true)
        {
            // At the end, IndexOf finds nothing and the empty rest is appended.
            var start = template.IndexOf('{', at);
            var end = start == -1 ? -1 : template.IndexOf('}', start + 1);
            if (end == -1)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            var name = template[(start + 1)..end];
            text.Append(template, at, start - at);
            if (DefaultDisplayNames.TryGetValue(name, out var english))
            {
                text.Append(Find(_displayNames, name, culture) ?? english);
            }
            else
            {
                text.Append(template, start, end - start + 1);
            }

            at = end + 1;
        }

        return text.ToString();
    }

    private string? Find(ImmutableDictionary<(string Culture, string Key), string> set, string key, CultureInfo culture)
    {
        for (var c = culture; ; c = c.Parent)
        {
            if (set.TryGetValue((c.Name, key), out var found))
            {
                return found;
            }

            if (c.Name.Length == 0 || ReferenceEquals(c, c.Parent))
            {
                break;
            }
        }

        for (var i = _resources.Count - 1; i >= 0; i--)
        {
            if (TryGetString(_resources[i], key, culture) is { Length: > 0 } found)
            {
                return found;
            }
        }

        return null;
    }

    // Resources checked in WithResources may still lack a culture's satellite: that culture falls back.
    private static string? TryGetString(ResourceManager resources, string key, CultureInfo culture)
    {
        try
        {
            return resources.GetString(key, culture);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    private sealed record Resolved(CultureInfo Culture, string[] Messages);
}
