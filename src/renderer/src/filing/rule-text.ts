import type { TFunction } from 'i18next'
import type { ApplicationType } from '../../../shared/filing/draft-content'
import { ruleKey } from './checklist-sections'

/**
 * What the title is called on the request form of each type: the office's forms say 发明名称,
 * 实用新型名称 and 使用外观设计的产品名称 (a design names the product, not the design).
 */
export const titleLabelKey = (type: ApplicationType): string => `filing.editor.titleOf.${type}`

/** A checklist rule's message; those that name the title call it what the type's form calls it. */
export const ruleText = (t: TFunction, code: string, type: ApplicationType): string =>
  t(ruleKey(code), { titleName: t(titleLabelKey(type)) })
