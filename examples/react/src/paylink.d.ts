// #region types
// Adds every <paylink-*> tag, with its attributes, properties and events, to React's JSX types.
/// <reference types="@paylink/elements/react" />
// #endregion
