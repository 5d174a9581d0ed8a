// #region types
// Adds every <paylink-*> tag, with its attributes, properties and events, to Vue's template types.
/// <reference types="@paylink/elements/vue" />
// #endregion
