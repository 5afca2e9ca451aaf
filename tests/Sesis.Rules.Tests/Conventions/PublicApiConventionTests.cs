using System.Reflection;
using System.Runtime.CompilerServices;

namespace Sesis.Rules.Tests;

/// <summary>The conventions every public type of the library follows, checked over the whole assembly.</summary>
public sealed class PublicApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(ServiceRecord).Assembly.GetExportedTypes();

    public static TheoryData<Type> Structs() => [.. PublicTypes.Where(static t => t is { IsValueType: true, IsEnum: false })];

    public static TheoryData<Type> Classes() => [.. PublicTypes.Where(static t => t is { IsClass: true })];

    public static TheoryData<Type> Parsable() =>
        [.. PublicTypes.Where(static t => t.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]) is not null)];

    [Fact]
    public void The_library_lives_in_one_namespace() =>
        Assert.All(PublicTypes, static t => Assert.Equal("Sesis.Rules", t.Namespace));

    [Theory]
    [MemberData(nameof(Structs))]
    public void Public_structs_are_readonly_equatable_and_printable(Type type)
    {
        Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute)), $"{type.Name} is not a readonly struct.");
        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
        Assert.NotNull(type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes));
        Assert.NotNull(type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static));
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void Public_classes_are_sealed_or_static(Type type) =>
        Assert.True(type.IsSealed, $"{type.Name} is neither sealed nor static.");

    [Theory]
    [MemberData(nameof(Classes))]
    public void Public_classes_are_immutable(Type type)
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

    [Theory]
    [MemberData(nameof(Parsable))]
    public void Parsing_returns_a_result_and_has_a_TryParse(Type type)
    {
        var parse = type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!;
        Assert.Equal(typeof(ParseOutcome<>).MakeGenericType(type), parse.ReturnType);
        Assert.NotNull(type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]));
    }

    [Theory]
    [MemberData(nameof(Parsable))]
    public void Parsing_never_throws_on_hostile_text(Type type)
    {
        var parse = type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!;
        foreach (var text in new string?[] { null, "", " ", "\0", new('x', 1_000_000), "\uD800", "Group, 2147483648", "-", "ÿ" })
        {
            var result = parse.Invoke(null, [text]);
            Assert.NotNull(result);
        }
    }

    [Fact]
    public void Every_public_enum_value_is_documented_by_name_and_has_no_gaps()
    {
        foreach (var type in PublicTypes.Where(static t => t.IsEnum))
        {
            var values = Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).Order().ToArray();
            Assert.Equal(Enumerable.Range(values[0], values.Length), values);
        }
    }

    [Fact]
    public void Value_types_that_are_codes_implement_ICodedValue()
    {
        var coded = PublicTypes.Where(static t => t.IsValueType && t.GetProperty("Code") is not null);
        Assert.All(coded, static t => Assert.Contains(typeof(ICodedValue), t.GetInterfaces()));
    }
}
