// The baseline for `npm run bench`: the same stack (React 19 + Mantine, minified) painting one figure, no data.
import '@mantine/core/styles.css'
import { Card, MantineProvider, Text } from '@mantine/core'
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root') as HTMLElement).render(
  <MantineProvider>
    <Card component="section" aria-label="Traffic remaining" m="lg">
      <Text fz={32} fw={700}>
        37.4 GB
      </Text>
    </Card>
  </MantineProvider>,
)
