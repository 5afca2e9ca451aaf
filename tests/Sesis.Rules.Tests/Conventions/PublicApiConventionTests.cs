namespace Sesis.Rules.Tests;

/// <summary>
/// The conventions every public type of the library follows (<see cref="PublicApiConventions"/>), checked over
/// the whole assembly: the shared checks, and those of structs, parsers and codes, which the library has.
/// </summary>
public sealed class PublicApiConventionTests : PublicApiConventionTests<ServiceRecord>
{
    private static readonly System.Reflection.Assembly Library = typeof(ServiceRecord).Assembly;

    public static TheoryData<Type> Structs() => PublicApiConventions.Structs(Library);

    public static TheoryData<Type> Parsable() => PublicApiConventions.Parsable(Library);

    [Theory]
    [MemberData(nameof(Structs))]
    public void Public_structs_are_readonly_equatable_and_printable(Type type) => PublicApiConventions.StructIsReadonlyEquatableAndPrintable(type);

    [Theory]
    [MemberData(nameof(Parsable))]
    public void Parsing_returns_a_result_and_has_a_TryParse(Type type) => PublicApiConventions.ParsingReturnsAnOutcomeAndHasATryParse(type);

    [Theory]
    [MemberData(nameof(Parsable))]
    public void Parsing_never_throws_on_hostile_text(Type type) => PublicApiConventions.ParsingNeverThrowsOnHostileText(type);

    [Fact]
    public void Value_types_that_are_codes_implement_ICodedValue() => PublicApiConventions.ValueTypesThatAreCodesImplementICodedValue(Library);
}
