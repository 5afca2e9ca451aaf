namespace Sesis.Rules;

/// <summary>When a record is checked: as a form would before the provider certifies, or before saving.</summary>
public enum ValidationStage
{
    /// <summary>Everything but certification (procedure steps 1-14), as a form checks before the provider certifies.</summary>
    Draft = 0,

    /// <summary>Everything, certification included (procedure steps 1-16), as checked before saving.</summary>
    Save = 1,
}
