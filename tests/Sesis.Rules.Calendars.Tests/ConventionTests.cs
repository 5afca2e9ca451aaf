using System.Reflection;
using Sesis.Rules.Tests;

namespace Sesis.Rules.Calendars.Tests;

/// <summary>The companion package follows the core's conventions, by the same checks (<see cref="PublicApiConventions"/>).</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Package = typeof(IcsFormat).Assembly;

    public static TheoryData<Type> Classes() => PublicApiConventions.Classes(Package);

    [Fact]
    public void The_package_lives_in_one_namespace() => PublicApiConventions.LivesInOneNamespace(Package, "Sesis.Rules.Calendars");

    [Theory]
    [MemberData(nameof(Classes))]
    public void Public_classes_are_sealed_or_static(Type type) => PublicApiConventions.ClassIsSealedOrStatic(type);

    [Theory]
    [MemberData(nameof(Classes))]
    public void Public_classes_are_immutable(Type type) => PublicApiConventions.ClassIsImmutable(type);

    [Fact]
    public void The_package_has_no_public_struct_enum_or_parser_the_shared_checks_would_miss()
    {
        // The core's struct, parsing and enum checks run over the core only; a public struct, enum or Parse
        // here must get those checks (theories over it) before this assertion is changed.
        Assert.Empty(PublicApiConventions.Structs(Package));
        Assert.Empty(PublicApiConventions.Parsable(Package));
        Assert.DoesNotContain(PublicApiConventions.PublicTypes(Package), static t => t.IsEnum);
    }
}
