namespace Sesis.Rules;

/// <summary>
/// Why a certification does not stand for a service record (procedure step 15; SR6xx in docs/rules.md): one value per
/// independent reason, so that a form or a report can say exactly what to fix.
/// </summary>
public enum CertificationProblem
{
    /// <summary>The record carries no certification at all.</summary>
    NotCertified = 1,

    /// <summary>Someone other than the record's own provider certified it.</summary>
    NotTheRecordsProvider = 2,

    /// <summary>The certification is dated before the session ended.</summary>
    BeforeSessionEnded = 3,

    /// <summary>The certification is dated after the moment of checking.</summary>
    InTheFuture = 4,

    /// <summary>The record's content changed after certifying: the digest no longer matches.</summary>
    ContentChanged = 5,
}
