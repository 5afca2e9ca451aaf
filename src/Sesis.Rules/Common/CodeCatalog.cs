using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Sesis.Rules;

/// <summary>
/// An immutable list of the codes a host accepts for one kind of value, each with its English name:
/// the languages of service, the service locations, the progress indicators and so on.
/// Lookups are constant-time; the catalog is safe to share across threads.
/// </summary>
/// <typeparam name="T">The coded value type.</typeparam>
public sealed class CodeCatalog<T> : IReadOnlyDictionary<T, string>
    where T : struct, ICodedValue, IEquatable<T>
{
    private readonly FrozenDictionary<T, string> _names;

    private CodeCatalog(FrozenDictionary<T, string> names) => _names = names;

    /// <summary>Gets a catalog with no codes.</summary>
    public static CodeCatalog<T> Empty { get; } = new(FrozenDictionary<T, string>.Empty);

    /// <summary>Creates a catalog from codes and their names.</summary>
    /// <param name="entries">The codes and names; a code may appear once.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">A code is the default value, appears twice, or has a blank name.</exception>
    public static CodeCatalog<T> Create(IEnumerable<KeyValuePair<T, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var names = new Dictionary<T, string>();
        foreach (var (code, name) in entries)
        {
            Check(code, name);
            if (!names.TryAdd(code, name))
            {
                throw new ArgumentException($"The code '{code.Code}' appears twice.", nameof(entries));
            }
        }

        return new(names.ToFrozenDictionary());
    }

    /// <summary>Returns a catalog that also holds <paramref name="code"/>, or renames it when it is already there.</summary>
    /// <param name="code">The code to add.</param>
    /// <param name="name">Its English name.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    public CodeCatalog<T> With(T code, string name)
    {
        Check(code, name);
        var names = new Dictionary<T, string>(_names) { [code] = name };
        return new(names.ToFrozenDictionary());
    }

    /// <summary>Returns a catalog without <paramref name="code"/>.</summary>
    /// <param name="code">The code to remove.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    public CodeCatalog<T> Without(T code)
    {
        var names = new Dictionary<T, string>(_names);
        names.Remove(code);
        return new(names.ToFrozenDictionary());
    }

    /// <summary>Finds a code by its code text or its English name, ignoring case, as an export might spell it.</summary>
    /// <param name="text">The code ("spa") or the name ("Spanish").</param>
    /// <param name="value">The code found.</param>
    /// <returns><see langword="true"/> when the catalog holds such a code.</returns>
    public bool TryFind(string? text, out T value)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            foreach (var (code, name) in _names)
            {
                if (string.Equals(code.Code, text, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                {
                    value = code;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>Gets the English name of a code, or the code itself when the catalog does not hold it.</summary>
    /// <param name="code">The code.</param>
    /// <returns>A name for display.</returns>
    public string NameOf(T code) => _names.TryGetValue(code, out var name) ? name : code.Code;

    /// <inheritdoc/>
    public string this[T key] => _names[key];

    /// <inheritdoc/>
    public IEnumerable<T> Keys => _names.Keys;

    /// <inheritdoc/>
    public IEnumerable<string> Values => _names.Values;

    /// <inheritdoc/>
    public int Count => _names.Count;

    /// <inheritdoc/>
    public bool ContainsKey(T key) => _names.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(T key, [MaybeNullWhen(false)] out string value) => _names.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<T, string>> GetEnumerator() =>
        _names.OrderBy(static e => e.Key.Code, StringComparer.Ordinal).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Lists the codes, for logs and debugging.</summary>
    /// <returns>The codes in ordinal order, comma-separated.</returns>
    public override string ToString() => string.Join(", ", this.Select(static e => e.Key.Code));

    private static void Check(T code, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (code.Code.Length == 0)
        {
            throw new ArgumentException("A catalog cannot hold the default (empty) code.", nameof(code));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"The code '{code.Code}' needs a name.", nameof(name));
        }
    }
}
