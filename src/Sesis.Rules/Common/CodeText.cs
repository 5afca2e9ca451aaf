using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules;

/// <summary>Shared grammar for codes and identifiers, so every value type checks text the same way.</summary>
internal static class CodeText
{
    /// <summary>Longest code or identifier accepted: long enough for any real list, short enough to bound memory.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Checks a list code: lowercase ASCII letters and digits in words joined by single hyphens
    /// ("speech-language-therapy"). Upper case is accepted and lowered, since codes are case-insensitive.
    /// </summary>
    public static bool TryNormalizeCode(string? text, string what, out string code, out string error)
    {
        code = string.Empty;
        if (!TryCheckLength(text, what, out error))
        {
            return false;
        }

        var previousWasHyphen = true; // no leading hyphen
        foreach (var c in text)
        {
            if (c == '-')
            {
                if (previousWasHyphen)
                {
                    error = $"{what} '{text}' has a hyphen at the start or two in a row.";
                    return false;
                }

                previousWasHyphen = true;
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                previousWasHyphen = false;
            }
            else
            {
                error = $"{what} '{Printable(text)}' may hold only letters, digits and single hyphens.";
                return false;
            }
        }

        if (previousWasHyphen)
        {
            error = $"{what} '{text}' ends with a hyphen.";
            return false;
        }

        code = text.ToLowerInvariant();
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// Checks an identifier (a student or provider id): ASCII letters, digits and hyphens, kept as written,
    /// since ids are compared exactly and never silently changed.
    /// </summary>
    public static bool TryCheckIdentifier(string? text, string what, out string error)
    {
        if (!TryCheckLength(text, what, out error))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                error = $"{what} '{Printable(text)}' may hold only letters, digits and hyphens.";
                return false;
            }
        }

        error = string.Empty;
        return true;
    }

    /// <summary>Checks that text is present and at most <see cref="MaxLength"/> characters.</summary>
    private static bool TryCheckLength([NotNullWhen(true)] string? text, string what, out string error)
    {
        if (string.IsNullOrEmpty(text))
        {
            error = $"{what} is empty.";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"{what} is {text.Length} characters long; at most {MaxLength} are allowed.";
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>Throws <see cref="ArgumentException"/> for a constructor given bad text.</summary>
    public static string RequireCode(string? text, string what, string paramName) =>
        text is null ? throw new ArgumentNullException(paramName) : TryNormalizeCode(text, what, out var code, out var error) ? code : throw new ArgumentException(error, paramName);

    /// <summary>Throws <see cref="ArgumentException"/> for a constructor given a bad identifier.</summary>
    public static string RequireIdentifier(string? text, string what, string paramName) =>
        text is null ? throw new ArgumentNullException(paramName) : TryCheckIdentifier(text, what, out var error) ? text! : throw new ArgumentException(error, paramName);

    /// <summary>Parses a list code into a value through <paramref name="create"/>.</summary>
    public static ParseOutcome<T> ParseCode<T>(string? text, string what, Func<string, T> create) =>
        TryNormalizeCode(text, what, out var code, out var error)
            ? ParseOutcome<T>.ForValue(create(code))
            : ParseOutcome<T>.ForError(error);

    /// <summary>Shortens text for a message and shows control characters as escapes, so a message stays one readable line.</summary>
    public static string Printable(string text)
    {
        const int shown = 40;
        var head = text.Length > shown ? text[..shown] + "…" : text;
        var builder = new System.Text.StringBuilder(head.Length);
        foreach (var c in head)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
