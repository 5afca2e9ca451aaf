namespace Sesis.Rules.Tests;

/// <summary>The conventions every public type of the library follows (<see cref="PublicApiConventions"/>), checked over the whole assembly.</summary>
public sealed class PublicApiConventionTests
{
    private static readonly System.Reflection.Assembly Library = typeof(ServiceRecord).Assembly;

    public static TheoryData<Type> Structs() => PublicApiConventions.Structs(Library);

    public static TheoryData<Type> Classes() => PublicApiConventions.Classes(Library);

    public static TheoryData<Type> Parsable() => PublicApiConventions.Parsable(Library);

    [Fact]
    public void The_library_lives_in_one_namespace() => PublicApiConventions.LivesInOneNamespace(Library, "Sesis.Rules");

    [Theory]
    [MemberData(nameof(Structs))]
    public void Public_structs_are_readonly_equatable_and_printable(Type type) => PublicApiConventions.StructIsReadonlyEquatableAndPrintable(type);

    [Theory]
    [MemberData(nameof(Classes))]
    public void Public_classes_are_sealed_or_static(Type type) => PublicApiConventions.ClassIsSealedOrStatic(type);

    [Theory]
    [MemberData(nameof(Classes))]
    public void Public_classes_are_immutable(Type type) => PublicApiConventions.ClassIsImmutable(type);

    [Theory]
    [MemberData(nameof(Parsable))]
    public void Parsing_returns_a_result_and_has_a_TryParse(Type type) => PublicApiConventions.ParsingReturnsAnOutcomeAndHasATryParse(type);

    [Theory]
    [MemberData(nameof(Parsable))]
    public void Parsing_never_throws_on_hostile_text(Type type) => PublicApiConventions.ParsingNeverThrowsOnHostileText(type);

    [Fact]
    public void Every_public_enum_value_is_documented_by_name_and_has_no_gaps() => PublicApiConventions.EveryEnumHasNoGaps(Library);

    [Fact]
    public void Value_types_that_are_codes_implement_ICodedValue() => PublicApiConventions.ValueTypesThatAreCodesImplementICodedValue(Library);
}
