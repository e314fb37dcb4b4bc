import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core'
import { MAX_SESSION_ID_LENGTH, MAX_SESSION_MINUTES, randomSessionId } from '@shared/domain/endpoint'
import { IconDice5 } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { EndpointField, EndpointForm } from './form-model'

interface SessionProps {
  form: EndpointForm
  errors: Partial<Record<EndpointField, string>>
  set: <K extends EndpointField>(field: K, value: EndpointForm[K]) => void
}

/** A sticky session: an id (typed or random) and how long the gateway keeps its IP. */
export function SessionFields({ form, errors, set }: SessionProps) {
  const { t } = useTranslation('endpoints')
  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={t('session.id')}
          value={form.sessionId}
          onChange={(e) => set('sessionId', e.currentTarget.value)}
          error={errors.sessionId}
          maxLength={MAX_SESSION_ID_LENGTH + 8}
          style={{ flex: '1 1 auto' }}
        />
        <Button
          variant="default"
          mt={25}
          leftSection={<IconDice5 size={16} aria-hidden="true" />}
          onClick={() => set('sessionId', randomSessionId())}
          style={{ flex: 'none' }}
        >
          {t('session.random')}
        </Button>
      </Group>
      <NumberInput
        label={t('session.minutes')}
        description={t('session.minutesHint')}
        value={form.sessionMinutes}
        onChange={(value) => set('sessionMinutes', typeof value === 'number' ? value : '')}
        error={errors.sessionMinutes}
        min={1}
        max={MAX_SESSION_MINUTES}
        allowDecimal={false}
        allowNegative={false}
        // Out of range is shown as an error, not silently clamped.
        clampBehavior="none"
        suffix={` ${t('session.minutesUnit')}`}
        maw={260}
      />
    </Stack>
  )
}
