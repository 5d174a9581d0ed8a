import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Sets CSS properties on an element through CSSOM (`style.setProperty`) whenever it renders:
 * `<div ${cssProps({ 'block-size': '480px' })}>`. Unlike a `style` attribute binding (and unlike
 * Lit's `styleMap` on its first render), it never writes a style attribute, which a strict CSP
 * (`style-src 'self'`) blocks. The values are set in the same commit as the rest of the template.
 */
class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssProps() goes on an element, not in an attribute or text');
  }

  render(_props: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
