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
    public void Every_public_enum_value_is_documented_by_name_and_has_no_gaps() => PublicApiConventions.EveryEnumHasNoGaps(Package);

    [Fact]
    public void The_package_has_no_public_struct_or_parser_the_shared_checks_would_miss()
    {
        // The struct and parsing checks are theories over the core's types only (a theory needs data): a public
        // struct or Parse here must get those theories before this assertion is changed.
        Assert.Empty(PublicApiConventions.Structs(Package));
        Assert.Empty(PublicApiConventions.Parsable(Package));
    }
}
