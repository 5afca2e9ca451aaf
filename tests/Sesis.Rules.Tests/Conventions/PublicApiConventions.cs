using System.Reflection;
using System.Runtime.CompilerServices;

namespace Sesis.Rules.Tests;

/// <summary>
/// The checks every shipped assembly's types have data for (one namespace, sealed and immutable classes, enums
/// without gaps), as tests: a test class per assembly derives from this with a type of that assembly, and adds
/// the theories its assembly has data for (structs, parsers).
/// </summary>
/// <typeparam name="TMarker">A public type of the assembly, in its namespace.</typeparam>
public abstract class PublicApiConventionTests<TMarker>
{
    public static TheoryData<Type> Classes() => PublicApiConventions.Classes(typeof(TMarker).Assembly);

    [Fact]
    public void The_assembly_lives_in_one_namespace() => PublicApiConventions.LivesInOneNamespace(typeof(TMarker).Assembly, typeof(TMarker).Namespace!);

    [Theory]
    [MemberData(nameof(Classes))]
    public void Public_classes_are_sealed_or_static(Type type) => PublicApiConventions.ClassIsSealedOrStatic(type);

    [Theory]
    [MemberData(nameof(Classes))]
    public void Public_classes_are_immutable(Type type) => PublicApiConventions.ClassIsImmutable(type);

    [Fact]
    public void Every_public_enum_value_is_documented_by_name_and_has_no_gaps() => PublicApiConventions.EveryEnumHasNoGaps(typeof(TMarker).Assembly);
}

/// <summary>
/// The conventions every public type of a shipped assembly follows, written once: each shipped assembly's test
/// project links this file and runs the checks over its own types (Sesis.Rules in PublicApiConventionTests,
/// Sesis.Rules.Calendars in its ConventionTests).
/// </summary>
public static class PublicApiConventions
{
    // Text no type accepts: nothing, blanks, a control character, a lone surrogate, a megabyte.
    private static readonly string?[] NeverValid = [null, "", " ", "\0", new('x', 1_000_000), "\uD800"];

    // Text a type may accept or refuse: a free-form id may be "-", never a group of 2^31.
    private static readonly string[] Odd = ["Group, 2147483648", "-", "ÿ"];

    public static Type[] PublicTypes(Assembly assembly) => assembly.GetExportedTypes();

    public static TheoryData<Type> Structs(Assembly assembly) => [.. PublicTypes(assembly).Where(static t => t is { IsValueType: true, IsEnum: false })];

    public static TheoryData<Type> Classes(Assembly assembly) => [.. PublicTypes(assembly).Where(static t => t is { IsClass: true })];

    public static TheoryData<Type> Parsable(Assembly assembly) => [.. PublicTypes(assembly).Where(static t => ParseMethod(t) is not null)];

    public static void LivesInOneNamespace(Assembly assembly, string name) =>
        Assert.All(PublicTypes(assembly), t => Assert.Equal(name, t.Namespace));

    public static void StructIsReadonlyEquatableAndPrintable(Type type)
    {
        Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute)), $"{type.Name} is not a readonly struct.");
        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
        Assert.NotNull(type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes));
        Assert.NotNull(type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static));
    }

    public static void ClassIsSealedOrStatic(Type type) =>
        Assert.True(type.IsSealed, $"{type.Name} is neither sealed nor static.");

    public static void ClassIsImmutable(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is { IsPublic: true })
            {
                var isInitOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                Assert.True(isInitOnly, $"{type.Name}.{property.Name} has a public setter; only init is allowed.");
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is a public mutable field.");
        }
    }

    public static void ParsingReturnsAnOutcomeAndHasATryParse(Type type)
    {
        Assert.Equal(typeof(ParseOutcome<>).MakeGenericType(type), ParseMethod(type)!.ReturnType);
        Assert.NotNull(type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]));
    }

    /// <summary>
    /// Parses hostile text, never throwing: text no type accepts gives a failed outcome with a message, and
    /// TryParse agrees; odd text is refused with a message or accepted as a value that prints as text which
    /// parses back to the same value.
    /// </summary>
    public static void ParsingNeverThrowsOnHostileText(Type type)
    {
        foreach (var text in NeverValid)
        {
            var (success, error, _) = Parse(type, text);
            var shown = text is { Length: > 20 } ? text[..20] + "..." : text;
            Assert.False(success, $"{type.Name}.Parse accepted '{shown}'.");
            Assert.False(string.IsNullOrWhiteSpace(error), $"{type.Name}.Parse refused '{shown}' without a message.");
            Assert.False(TryParse(type, text), $"{type.Name}.TryParse accepted '{shown}'.");
        }

        foreach (var text in Odd)
        {
            var (success, error, value) = Parse(type, text);
            Assert.Equal(success, TryParse(type, text));
            if (success)
            {
                var again = Parse(type, value!.ToString());
                Assert.True(again.Success && Equals(again.Value, value), $"{type.Name} accepted '{text}' as {value}, which does not parse back to itself.");
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(error), $"{type.Name}.Parse refused '{text}' without a message.");
            }
        }
    }

    public static void EveryEnumHasNoGaps(Assembly assembly)
    {
        foreach (var type in PublicTypes(assembly).Where(static t => t.IsEnum))
        {
            var values = Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).Order().ToArray();
            Assert.Equal(Enumerable.Range(values[0], values.Length), values);
        }
    }

    public static void ValueTypesThatAreCodesImplementICodedValue(Assembly assembly)
    {
        var coded = PublicTypes(assembly).Where(static t => t.IsValueType && t.GetProperty("Code") is not null);
        Assert.All(coded, static t => Assert.Contains(typeof(ICodedValue), t.GetInterfaces()));
    }

    private static (bool Success, string? Error, object? Value) Parse(Type type, string? text)
    {
        var outcome = ParseMethod(type)!.Invoke(null, [text]);
        var outcomeType = typeof(ParseOutcome<>).MakeGenericType(type);
        Assert.IsType(outcomeType, outcome);
        var success = (bool)outcomeType.GetProperty("Success")!.GetValue(outcome)!;
        return (success, (string?)outcomeType.GetProperty("Error")!.GetValue(outcome), success ? outcomeType.GetProperty("Value")!.GetValue(outcome) : null);
    }

    private static bool TryParse(Type type, string? text) =>
        (bool)type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()])!.Invoke(null, [text, null])!;

    private static MethodInfo? ParseMethod(Type type) => type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
}
