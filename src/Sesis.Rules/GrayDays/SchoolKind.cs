namespace Sesis.Rules;

/// <summary>
/// The kind of school, which decides some gray days: NYC closes elementary, middle, K-12 and District 75
/// schools on some days when high schools are open. The default is <see cref="Elementary"/>.
/// </summary>
public enum SchoolKind
{
    /// <summary>An elementary school. The default.</summary>
    Elementary = 0,

    /// <summary>A middle school.</summary>
    Middle = 1,

    /// <summary>A high school.</summary>
    High = 2,

    /// <summary>A school that spans kindergarten to grade 12.</summary>
    K12 = 3,

    /// <summary>A District 75 (citywide special education) school.</summary>
    District75 = 4,
}
