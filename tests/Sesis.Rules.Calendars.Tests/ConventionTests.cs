using System.Reflection;
using Sesis.Rules.Tests;

namespace Sesis.Rules.Calendars.Tests;

/// <summary>The companion package follows the core's conventions, by the same checks (<see cref="PublicApiConventionTests{TMarker}"/>).</summary>
public sealed class ConventionTests : PublicApiConventionTests<CalendarLoadResult>
{
    private static readonly Assembly Package = typeof(IcsFormat).Assembly;

    [Fact]
    public void The_package_has_no_public_struct_or_parser_the_shared_checks_would_miss()
    {
        // The struct and parsing checks are theories over the core's types only (a theory needs data): a public
        // struct or Parse here must get those theories before this assertion is changed.
        Assert.Empty(PublicApiConventions.Structs(Package));
        Assert.Empty(PublicApiConventions.Parsable(Package));
    }
}
