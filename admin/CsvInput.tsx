'use client'

import { TextareaInput, useField, useFormFields } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import { useId, useState, type ChangeEvent } from 'react'

import { MAX_CSV_CHARACTERS, MAX_CSV_LINES, MAX_IMPORT_REQUEST_BYTES } from '@/subscribers/model'

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length

/**
 * The import's addresses: a CSV file read in the browser (nothing is uploaded but its text), or
 * pasted. Saving runs the dry run.
 */
export const CsvInput: TextareaFieldClientComponent = ({ path, field }) => {
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const title = useFormFields(([fields, dispatch]) => ({ value: fields.title?.value, dispatch }))
  const [problem, setProblem] = useState('')
  const inputId = useId()

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    setProblem('')
    if (!file) return
    const tooLarge = `Filen är för stor: högst ${MAX_CSV_LINES.toLocaleString('sv-SE')} adresser och ${MAX_CSV_CHARACTERS.toLocaleString('sv-SE')} tecken. Dela upp den i flera filer.`
    if (file.size > MAX_IMPORT_REQUEST_BYTES) return setProblem(tooLarge)
    const text = await file.text()
    if (text.length > MAX_CSV_CHARACTERS) return setProblem(tooLarge)
    setValue(text)
    if (!title.value) title.dispatch({ type: 'UPDATE', path: 'title', value: file.name })
  }

  const lines = value ? lineCount(value) : 0
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <label htmlFor={inputId} className="field-label">
        Välj en CSV-fil
      </label>
      <input id={inputId} type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(event) => void read(event)} />
      <p className="field-description">
        En adress per rad. Semikolon, komma eller tabb mellan kolumnerna; en rubrikrad med till exempel &quot;e-post;namn;organisation&quot; läses om den finns.
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      <TextareaInput
        path={path}
        label={field.label ?? 'Adresser (CSV)'}
        value={value ?? ''}
        rows={8}
        showError={showError}
        Error={errorMessage}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setValue(event.target.value)}
      />
      <p className="field-description" role="status">
        {lines > 0 ? `${lines.toLocaleString('sv-SE')} rader. Spara för att provköra importen.` : ''}
      </p>
    </div>
  )
}
