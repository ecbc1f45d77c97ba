import { useEffect, useState } from 'react'
import type { PasswordPolicy } from '../../../shared/password-policy'
import type { AppError } from '../../../shared/result'
import { api } from '../api'

/** The password policy the platform serves, fetched once per page. */
export function usePasswordPolicy(): { policy: PasswordPolicy | null; error: AppError | null } {
  const [policy, setPolicy] = useState<PasswordPolicy | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  useEffect(() => {
    void api()
      .passwordPolicy()
      .then((result) => (result.ok ? setPolicy(result.value.policy) : setError(result.error)))
  }, [])
  return { policy, error }
}
