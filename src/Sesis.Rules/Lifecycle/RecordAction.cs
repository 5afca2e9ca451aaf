namespace Sesis.Rules;

/// <summary>What a provider (or a host acting for them) can do to a service record revision: the triggers of the record lifecycle.</summary>
public enum RecordAction
{
    /// <summary>Change the record's content. Editing a certified record returns it to Draft and drops the certification.</summary>
    Edit = 0,

    /// <summary>Certify the record: the provider's electronic signature over its content (procedure step 15).</summary>
    Certify = 1,

    /// <summary>Save a certified record (procedure step 16).</summary>
    Save = 2,

    /// <summary>Start a new draft revision of a saved record; the saved revision stays as it is.</summary>
    Amend = 3,
}
