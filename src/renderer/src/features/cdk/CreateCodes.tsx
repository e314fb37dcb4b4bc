import { toAppError } from '@renderer/lib/api'
import { useFormState } from '@renderer/lib/form'
import { formatTraffic } from '@renderer/lib/format'
import { Dialog } from '@renderer/ui/Dialog'
import { usePurchase } from '@renderer/ui/purchase/usePurchase'
import type { CreateCdkInput } from '@shared/domain/cdk'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CreateConfirm } from './CreateConfirm'
import { CreatedCodes } from './CreatedCodes'
import { CreateForm } from './CreateForm'
import { CREATE_PURCHASE } from './CreateOutcome'
import { createFormSchema, formFieldOf, initialCreateValues, toCreateInput } from './create-form'
import { useCreateCdks, useTrafficBalance } from './queries'

type Step =
  | { kind: 'form' }
  | { kind: 'confirm'; input: CreateCdkInput }
  | { kind: 'done'; input: CreateCdkInput; codes: string[] }

interface CreateCodesProps {
  opened: boolean
  /** Changes on every opening, so each one starts from an empty form. */
  formKey: number
  onClose: () => void
}

export function CreateCodes({ opened, formKey, onClose }: CreateCodesProps) {
  return opened ? <CreateFlow key={formKey} onClose={onClose} /> : null
}

/**
 * Form → confirmation (what is ordered, what it takes from the balance) → the new codes. The order is sent once
 * per confirmation (a double click included); a refusal goes back to the form with everything typed, saying why.
 * After an unknown outcome no create goes until the user says the list does not show the codes (CreateOutcome).
 */
function CreateFlow({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('cdk')
  const form = useFormState(initialCreateValues)
  const [step, setStep] = useState<Step>({ kind: 'form' })
  const [formError, setFormError] = useState<{ error: unknown; title: string } | null>(null)
  const create = useCreateCdks()
  const purchase = usePurchase(CREATE_PURCHASE)
  const balance = useTrafficBalance().data?.remainingBytes

  const review = () => {
    setFormError(null)
    const parsed = form.validate(createFormSchema)
    if (parsed) setStep({ kind: 'confirm', input: toCreateInput(parsed) })
  }

  const refused = (error: unknown) => {
    const appError = toAppError(error)
    const field = formFieldOf(appError.field)
    // Neither applied nor refused (the answer was lost): the form shows the kit's "check the list" alert instead.
    if (appError.outcome === 'unknown') setFormError(null)
    else if (field) form.setFieldError(field, appError.message)
    else setFormError({ error, title: t('create.refusedTitle') })
    setStep({ kind: 'form' })
  }

  const confirm = async (input: CreateCdkInput) => {
    const sent = await purchase.send(() => create.mutateAsync(input))
    if (!purchase.isMounted()) return
    if (sent.status === 'done') setStep({ kind: 'done', input, codes: sent.value.codes })
    if (sent.status === 'failed') refused(sent.error)
  }

  const pending = purchase.pending
  const title =
    step.kind === 'form'
      ? t('create.title')
      : step.kind === 'confirm'
        ? t('create.confirmTitle', { count: step.input.count, each: formatTraffic(step.input.trafficBytes) })
        : t('created.title', { count: step.codes.length || step.input.count })

  return (
    <Dialog opened onClose={() => !pending && onClose()} title={title} closeOnClickOutside={!pending} size="lg">
      {step.kind === 'form' ? (
        <CreateForm
          values={form.values}
          errors={form.errors}
          setValue={form.setValue}
          balanceBytes={balance}
          formError={formError}
          onReview={review}
          onCancel={onClose}
        />
      ) : step.kind === 'confirm' ? (
        <CreateConfirm
          input={step.input}
          balanceBytes={balance}
          pending={pending}
          blocked={purchase.blocked}
          onBack={() => setStep({ kind: 'form' })}
          onConfirm={() => void confirm(step.input)}
        />
      ) : (
        <CreatedCodes input={step.input} codes={step.codes} onDone={onClose} />
      )}
    </Dialog>
  )
}
