import { useId } from 'react'

/** The product mark: a "T" whose stem ends in a node, on a brand-gradient tile. Pure SVG, no image file. */
export function LogoMark({ size = 28 }: { size?: number }) {
  const gradient = useId()
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id={gradient} x1="0" y1="0" x2="32" y2="32" gradientUnits="userSpaceOnUse">
          <stop offset="0" stopColor="#627ce2" />
          <stop offset="1" stopColor="#2844b0" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill={`url(#${gradient})`} />
      <path d="M9 9.5h14" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" />
      <path d="M16 10v9.5" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" />
      <circle cx="16" cy="23.5" r="2.4" fill="#fff" opacity="0.9" />
      <path d="M9 9.5 6.5 14M23 9.5l2.5 4.5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" opacity="0.55" />
    </svg>
  )
}
