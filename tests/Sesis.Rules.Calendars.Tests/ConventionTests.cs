using System.Reflection;
using System.Runtime.CompilerServices;

namespace Sesis.Rules.Calendars.Tests;

/// <summary>The companion package follows the core's conventions: one namespace, sealed or static classes, no public setters.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(IcsFormat).Assembly.GetExportedTypes();

    [Fact]
    public void The_package_lives_in_one_namespace() =>
        Assert.All(PublicTypes, static t => Assert.Equal("Sesis.Rules.Calendars", t.Namespace));

    [Fact]
    public void Public_classes_are_sealed_or_static_and_immutable() =>
        Assert.All(PublicTypes.Where(static t => t.IsClass), static t =>
        {
            Assert.True(t.IsSealed, $"{t.Name} is neither sealed nor static.");
            foreach (var setter in t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(static p => p.SetMethod).OfType<MethodInfo>().Where(static s => s.IsPublic))
            {
                Assert.Contains(typeof(IsExternalInit), setter.ReturnParameter.GetRequiredCustomModifiers());
            }
        });
}
