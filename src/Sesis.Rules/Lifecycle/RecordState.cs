namespace Sesis.Rules;

/// <summary>
/// Where a service record revision is in its lifecycle (procedure steps 15-16): Draft, then Certified, then Saved.
/// The default is <see cref="Draft"/>.
/// </summary>
public enum RecordState
{
    /// <summary>Being entered or edited; not certified. The default.</summary>
    Draft = 0,

    /// <summary>Certified by its provider (an electronic signature) and not yet saved.</summary>
    Certified = 1,

    /// <summary>Saved: complete, never edited in place again; amending it starts a new draft revision.</summary>
    Saved = 2,
}
