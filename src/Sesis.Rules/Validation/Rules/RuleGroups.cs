namespace Sesis.Rules;

/// <summary>
/// Groups of single-record rules, one bit each, in code order: each group is the rules of one concern (SR401,
/// SR402-SR404, ...), small enough that a record with findings runs few rules beside the broken ones. The quick
/// check names the groups that may find something, and only their rules run.
/// </summary>
[Flags]
internal enum RuleGroups
{
    None = 0,

    /// <summary>SR101-SR104.</summary>
    Identity = 1 << 0,

    /// <summary>SR201-SR206.</summary>
    DateAndTime = 1 << 1,

    /// <summary>SR301-SR306.</summary>
    SessionType = 1 << 2,

    /// <summary>SR401.</summary>
    GroupSize = 1 << 3,

    /// <summary>SR402-SR404.</summary>
    Language = 1 << 4,

    /// <summary>SR405.</summary>
    MandatedGrouping = 1 << 5,

    /// <summary>SR501-SR502.</summary>
    Location = 1 << 6,

    /// <summary>SR503-SR507.</summary>
    Description = 1 << 7,

    /// <summary>SR508-SR509.</summary>
    Progress = 1 << 8,

    /// <summary>SR510-SR513.</summary>
    Notes = 1 << 9,

    /// <summary>SR601-SR605.</summary>
    Certification = 1 << 10,

    /// <summary>SR701-SR703.</summary>
    Calendar = 1 << 11,

    /// <summary>SR801-SR803.</summary>
    Caseload = 1 << 12,

    All = (1 << 13) - 1,
}
