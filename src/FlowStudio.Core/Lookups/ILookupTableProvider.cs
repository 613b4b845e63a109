namespace FlowStudio.Core.Lookups;

/// <summary>Finds lookup tables by name for the LOOKUP expression function.</summary>
public interface ILookupTableProvider
{
    LookupTable? Find(string name);
}
