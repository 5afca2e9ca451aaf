using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Sesis.Rules.Calendars;

/// <summary>
/// A rule that classifies an event of a published calendar feed by its title (SUMMARY) or description
/// (DESCRIPTION): when a pattern matches, the event has the rule's <see cref="Meaning"/>, for the rule's kinds of
/// school. <see cref="PublishedFeed"/> tries rules in order and the first that matches decides;
/// <see cref="FeedRules.Default"/> lists the default rules.
/// </summary>
/// <remarks>
/// Patterns are .NET regular expressions, matched case-insensitively anywhere in the text (use <c>\b</c> for a word
/// boundary), with <see cref="RegexOptions.NonBacktracking"/>, so matching takes time linear in the text whatever
/// the feed holds; that engine has no lookarounds or backreferences. Immutable, with value equality.
/// </remarks>
public sealed class FeedRule : IEquatable<FeedRule>
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly Regex? _title;
    private readonly Regex? _description;

    /// <summary>Creates a rule.</summary>
    /// <param name="meaning">What a matching event is.</param>
    /// <param name="titlePattern">A pattern for the event's title, or <see langword="null"/>.</param>
    /// <param name="descriptionPattern">A pattern for the event's description, or <see langword="null"/>.</param>
    /// <param name="schoolKinds">
    /// The kinds of school a closure, remote-learning day or early dismissal is for; <see langword="null"/> or empty
    /// for every kind.
    /// </param>
    /// <exception cref="ArgumentException">
    /// Neither pattern is given, a pattern is blank or not a regular expression this engine runs, a kind of
    /// school is not defined, or kinds are given for a first day, last day or non-entry (which are for every school).
    /// </exception>
    public FeedRule(FeedMeaning meaning, string? titlePattern, string? descriptionPattern = null, IEnumerable<SchoolKind>? schoolKinds = null)
    {
        if (!Enum.IsDefined(meaning))
        {
            throw new ArgumentException($"The meaning {meaning} is not defined.", nameof(meaning));
        }

        if (titlePattern is null && descriptionPattern is null)
        {
            throw new ArgumentException("A rule needs a title pattern, a description pattern, or both.", nameof(titlePattern));
        }

        Meaning = meaning;
        TitlePattern = titlePattern;
        DescriptionPattern = descriptionPattern;
        _title = Compile(titlePattern, nameof(titlePattern));
        _description = Compile(descriptionPattern, nameof(descriptionPattern));
        var kinds = (schoolKinds ?? []).Distinct().Order().ToImmutableArray();
        foreach (var kind in kinds.Where(static k => !Enum.IsDefined(k)))
        {
            throw new ArgumentException($"The kind of school {kind} is not defined.", nameof(schoolKinds));
        }

        if (!kinds.IsEmpty && meaning is FeedMeaning.FirstDay or FeedMeaning.LastDay or FeedMeaning.NotAnEntry)
        {
            throw new ArgumentException($"A {meaning} rule is for every kind of school; kinds apply to closures, remote-learning days and early dismissals.", nameof(schoolKinds));
        }

        SchoolKinds = kinds;
    }

    /// <summary>Gets what a matching event is.</summary>
    public FeedMeaning Meaning { get; }

    /// <summary>Gets the pattern for the event's title, or <see langword="null"/> when the rule does not look at titles.</summary>
    public string? TitlePattern { get; }

    /// <summary>Gets the pattern for the event's description, or <see langword="null"/> when the rule does not look at descriptions.</summary>
    public string? DescriptionPattern { get; }

    /// <summary>Gets the kinds of school the entry is for, in order; empty for every kind.</summary>
    public ImmutableArray<SchoolKind> SchoolKinds { get; }

    /// <summary>Equality: the same meaning, patterns and kinds of school.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FeedRule? left, FeedRule? right) => Equals(left, right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(FeedRule? left, FeedRule? right) => !Equals(left, right);

    /// <summary>Tells whether the rule matches an event.</summary>
    /// <param name="title">The event's title; may be empty.</param>
    /// <param name="description">The event's description; may be empty.</param>
    /// <returns><see langword="true"/> when the title pattern matches the title or the description pattern matches the description.</returns>
    public bool Matches(string title, string description)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);
        return (_title?.IsMatch(title) ?? false) || (_description?.IsMatch(description) ?? false);
    }

    /// <inheritdoc/>
    public bool Equals(FeedRule? other) =>
        other is not null && Meaning == other.Meaning && TitlePattern == other.TitlePattern
        && DescriptionPattern == other.DescriptionPattern && SchoolKinds.SequenceEqual(other.SchoolKinds);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeedRule);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Meaning);
        hash.Add(TitlePattern);
        hash.Add(DescriptionPattern);
        foreach (var kind in SchoolKinds)
        {
            hash.Add(kind);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the rule.</summary>
    /// <returns>Such as "Closure: title /clerical day/ (Elementary, Middle only)".</returns>
    public override string ToString()
    {
        var where = string.Join(" or ", new[] { TitlePattern is null ? null : $"title /{TitlePattern}/", DescriptionPattern is null ? null : $"description /{DescriptionPattern}/" }.OfType<string>());
        return SchoolKinds.IsEmpty ? $"{Meaning}: {where}" : $"{Meaning}: {where} ({string.Join(", ", SchoolKinds)} only)";
    }

    private static Regex? Compile(string? pattern, string parameter)
    {
        if (pattern is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw new ArgumentException("A pattern cannot be blank: it would match every event.", parameter);
        }

        try
        {
            return new Regex(pattern, Options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new ArgumentException($"The pattern /{pattern}/ is not a regular expression this rule can run: {e.Message}", parameter, e);
        }
    }
}
