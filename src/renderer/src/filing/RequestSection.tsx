import { CheckCircleFilled, CloseCircleFilled, DeleteOutlined, PlusOutlined } from '../components/icons'
import { Button, Card, Checkbox, Input, Select, Space, theme, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { TITLE_STORED_MAX, type DraftContent } from '../../../shared/filing/draft-content'
import { TITLE_MAX } from '../../../shared/filing/rules/title'
import { idTypes } from '../../../shared/identity-api'
import { applicantIdCheck, applicantIdProblem } from './applicant-id'
import { CountrySelect } from './CountrySelect'
import { fieldId } from './checklist-sections'
import { Field } from './field'
import { titleLabelKey } from './rule-text'

type Props = { content: DraftContent; readOnly: boolean; onChange: (next: DraftContent) => void }

const removeAt = <T,>(list: readonly T[], i: number) => list.filter((_, j) => j !== i)
const setAt = <T,>(list: readonly T[], i: number, item: T) => list.map((x, j) => (j === i ? item : x))

/** The request form: title, applicants with their ID checked as typed, inventors, agency, priorities, examination. */
export function RequestSection({ content: c, readOnly, onChange }: Props) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const set = (patch: Partial<DraftContent>) => onChange({ ...c, ...patch })

  return (
    <div>
      <Field path="title" label={t(titleLabelKey(c.type))} extra={t('filing.editor.titleHint')}>
        <Input id={fieldId('title')} value={c.title} disabled={readOnly} count={{ show: true, max: TITLE_MAX }} maxLength={TITLE_STORED_MAX} onChange={(e) => set({ title: e.target.value })} />
      </Field>

      <Typography.Title level={5} id={fieldId('applicants')} tabIndex={-1}>
        {t('filing.editor.applicants')}
      </Typography.Title>
      <Field path="applicants" label="">
        <Space direction="vertical" style={{ width: '100%' }}>
          {c.applicants.map((a, i) => {
            const check = applicantIdCheck(a)
            const problem = applicantIdProblem(a)
            const explain = { 'applicant.id_invalid': problem ? t(`filing.editor.idProblems.${problem}`) : undefined }
            const badge =
              check === 'ok' ? (
                <CheckCircleFilled style={{ color: token.colorSuccess }} aria-label={t('filing.editor.idOk')} />
              ) : check === 'bad' ? (
                <CloseCircleFilled style={{ color: token.colorError }} aria-label={t('filing.editor.idBad')} />
              ) : null
            const update = (patch: Partial<typeof a>) => set({ applicants: setAt(c.applicants, i, { ...a, ...patch }) })
            return (
              <Card key={i} size="small" extra={!readOnly && <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('filing.editor.remove')} onClick={() => set({ applicants: removeAt(c.applicants, i) })} />}>
                <Space wrap align="start">
                  <Field path={`applicants.${i}.name`} label={t('filing.editor.applicantName')}>
                    <Input id={fieldId(`applicants.${i}.name`)} style={{ width: 220 }} value={a.name} disabled={readOnly} onChange={(e) => update({ name: e.target.value })} />
                  </Field>
                  <Field path={`applicants.${i}.kind`} label={t('filing.editor.kind')}>
                    <Select
                      id={fieldId(`applicants.${i}.kind`)}
                      style={{ width: 110 }}
                      value={a.kind}
                      disabled={readOnly}
                      onChange={(kind) => update({ kind })}
                      options={[
                        { value: 'person', label: t('filing.editor.person') },
                        { value: 'entity', label: t('filing.editor.entity') }
                      ]}
                    />
                  </Field>
                  <Field path={`applicants.${i}.country`} label={t('filing.editor.country')}>
                    <CountrySelect id={fieldId(`applicants.${i}.country`)} value={a.country} disabled={readOnly} onChange={(country) => update({ country })} />
                  </Field>
                  {a.kind === 'person' ? (
                    <>
                      <Field path={`applicants.${i}.idType`} label={t('filing.editor.idType')}>
                        <Select
                          id={fieldId(`applicants.${i}.idType`)}
                          style={{ width: 220 }}
                          value={a.idType}
                          disabled={readOnly}
                          onChange={(idType) => update({ idType })}
                          options={idTypes.map((ty) => ({ value: ty, label: t(`completion.idTypes.${ty}`) }))}
                        />
                      </Field>
                      <Field path={`applicants.${i}.idNumber`} label={t('filing.editor.idNumber')} explain={explain}>
                        <Input id={fieldId(`applicants.${i}.idNumber`)} style={{ width: 240 }} value={a.idNumber ?? ''} disabled={readOnly} suffix={badge} onChange={(e) => update({ idNumber: e.target.value.trim() })} />
                      </Field>
                    </>
                  ) : (
                    <Field path={`applicants.${i}.uscc`} label={t('filing.editor.uscc')} explain={explain}>
                      <Input id={fieldId(`applicants.${i}.uscc`)} style={{ width: 240 }} value={a.uscc ?? ''} disabled={readOnly} suffix={badge} onChange={(e) => update({ uscc: e.target.value.trim().toUpperCase() })} />
                    </Field>
                  )}
                </Space>
              </Card>
            )
          })}
          {!readOnly && (
            <Button icon={<PlusOutlined />} onClick={() => set({ applicants: [...c.applicants, { name: '', kind: 'person', idType: 'resident_id', idNumber: '', country: 'CN' }] })}>
              {t('filing.editor.addApplicant')}
            </Button>
          )}
        </Space>
      </Field>

      <Typography.Title level={5} id={fieldId('inventors')} tabIndex={-1}>
        {t('filing.editor.inventors')}
      </Typography.Title>
      <Field path="inventors" label="">
        <Space wrap>
          {c.inventors.map((p, i) => (
            <Field key={i} path={`inventors.${i}.name`} label={t('filing.editor.inventorName')}>
              <Space.Compact>
                <Input id={fieldId(`inventors.${i}.name`)} style={{ width: 160 }} value={p.name} disabled={readOnly} onChange={(e) => set({ inventors: setAt(c.inventors, i, { ...p, name: e.target.value }) })} />
                {!readOnly && <Button icon={<DeleteOutlined />} aria-label={t('filing.editor.remove')} onClick={() => set({ inventors: removeAt(c.inventors, i) })} />}
              </Space.Compact>
            </Field>
          ))}
          {!readOnly && (
            <Button icon={<PlusOutlined />} onClick={() => set({ inventors: [...c.inventors, { name: '' }] })}>
              {t('filing.editor.addInventor')}
            </Button>
          )}
        </Space>
      </Field>

      <Typography.Title level={5}>{t('filing.editor.agency')}</Typography.Title>
      <Checkbox
        checked={!!c.agency}
        disabled={readOnly}
        onChange={(e) => set({ agency: e.target.checked ? { name: '', code: '', agents: [{ name: '', licenseNo: '' }] } : undefined })}
      >
        {t('filing.editor.useAgency')}
      </Checkbox>
      {c.agency && (
        <Card size="small" style={{ marginTop: 8 }}>
          <Space wrap align="start">
            <Field path="agency.name" label={t('filing.editor.agencyName')}>
              <Input style={{ width: 260 }} value={c.agency.name} disabled={readOnly} onChange={(e) => set({ agency: { ...c.agency!, name: e.target.value } })} />
            </Field>
            <Field path="agency.code" label={t('filing.editor.agencyCode')}>
              <Input id={fieldId('agency.code')} style={{ width: 100 }} maxLength={5} value={c.agency.code} disabled={readOnly} onChange={(e) => set({ agency: { ...c.agency!, code: e.target.value.trim() } })} />
            </Field>
          </Space>
          <Field path="agency.agents" label={<span id={fieldId('agency.agents')}>{t('filing.editor.agents')}</span>}>
            <Space direction="vertical">
              {c.agency.agents.map((ag, i) => (
                <Space key={i}>
                  <Input aria-label={t('filing.editor.agentName')} placeholder={t('filing.editor.agentName')} value={ag.name} disabled={readOnly} onChange={(e) => set({ agency: { ...c.agency!, agents: setAt(c.agency!.agents, i, { ...ag, name: e.target.value }) } })} />
                  <Input aria-label={t('filing.editor.licenseNo')} placeholder={t('filing.editor.licenseNo')} value={ag.licenseNo} disabled={readOnly} onChange={(e) => set({ agency: { ...c.agency!, agents: setAt(c.agency!.agents, i, { ...ag, licenseNo: e.target.value }) } })} />
                  {!readOnly && <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('filing.editor.remove')} onClick={() => set({ agency: { ...c.agency!, agents: removeAt(c.agency!.agents, i) } })} />}
                </Space>
              ))}
              {!readOnly && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => set({ agency: { ...c.agency!, agents: [...c.agency!.agents, { name: '', licenseNo: '' }] } })}>
                  {t('filing.editor.addAgent')}
                </Button>
              )}
            </Space>
          </Field>
        </Card>
      )}

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('filing.editor.priorities')}
      </Typography.Title>
      <Space direction="vertical">
        {c.priorities.map((p, i) => {
          const update = (patch: Partial<typeof p>) => set({ priorities: setAt(c.priorities, i, { ...p, ...patch }) })
          return (
            <Space key={i} wrap align="start">
              <Field path={`priorities.${i}.country`} label={t('filing.editor.priorityCountry')}>
                <CountrySelect id={fieldId(`priorities.${i}.country`)} value={p.country} withOffices disabled={readOnly} onChange={(country) => update({ country })} />
              </Field>
              <Field path={`priorities.${i}.date`} label={t('filing.editor.priorityDate')}>
                <Input id={fieldId(`priorities.${i}.date`)} type="date" style={{ width: 160 }} value={p.date} disabled={readOnly} onChange={(e) => update({ date: e.target.value })} />
              </Field>
              <Field path={`priorities.${i}.number`} label={t('filing.editor.priorityNumber')}>
                <Input id={fieldId(`priorities.${i}.number`)} style={{ width: 200 }} value={p.number} disabled={readOnly} onChange={(e) => update({ number: e.target.value })} />
              </Field>
              {!readOnly && <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('filing.editor.remove')} style={{ marginTop: 30 }} onClick={() => set({ priorities: removeAt(c.priorities, i) })} />}
            </Space>
          )
        })}
        {!readOnly && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => set({ priorities: [...c.priorities, { country: '', date: '', number: '' }] })}>
            {t('filing.editor.addPriority')}
          </Button>
        )}
      </Space>

      {c.type === 'invention' && (
        <div style={{ marginTop: 16 }}>
          <Field path="examinationRequested" label="">
            <Checkbox id={fieldId('examinationRequested')} checked={!!c.examinationRequested} disabled={readOnly} onChange={(e) => set({ examinationRequested: e.target.checked })}>
              {t('filing.editor.examination')}
            </Checkbox>
          </Field>
        </div>
      )}
    </div>
  )
}
